import { useNavigate, useRouter } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import type { AppSearch } from './search.ts';
import { type BaseView, baseView, type PortalPage, type ShellRoute, viewPath } from './views.ts';

// MapLibre rewrites `#map=zoom/lat/lng` itself (replaceState), which the router does not see: every
// navigation takes the hash as it is now, so a new page keeps the camera.
const currentHash = () => window.location.hash.replace(/^#/, '');

type SearchPatch = Partial<AppSearch>;

/**
 * How the shell moves between pages. Opening a county, a project or another view adds a history entry
 * (Back returns); changing a setting on the same page (indicator, filter, class count) replaces it.
 */
export function useShellNavigation(route: ShellRoute) {
  const navigate = useNavigate();
  const router = useRouter();
  const base = baseView(route);

  const patchSearch = useCallback(
    (patch: SearchPatch) =>
      void navigate({
        to: '.',
        search: (prev: AppSearch) => ({ ...prev, ...patch }),
        hash: currentHash,
        state: true,
        replace: true,
      }),
    [navigate],
  );

  const openView = useCallback(
    (view: BaseView, patch?: SearchPatch) =>
      void navigate({
        to: viewPath(view),
        search: (prev: AppSearch) => ({ ...prev, ...patch }),
        hash: currentHash,
      }),
    [navigate],
  );

  const routeKey =
    route.kind === 'county'
      ? `c:${route.set}:${route.code}`
      : route.kind === 'project'
        ? `p:${route.id}`
        : route.kind === 'province'
          ? `r:${route.code}`
          : route.kind === 'page'
            ? `g:${route.page}`
            : '';

  const openCounty = useCallback(
    (set: string, code: string) => {
      if (routeKey === `c:${set}:${code}`) return;
      void navigate({
        to: '/county/$set/$code',
        params: { set, code },
        search: true,
        hash: currentHash,
        state: { view: base },
      });
    },
    [navigate, routeKey, base],
  );

  const openProject = useCallback(
    (id: number) => {
      void navigate({
        to: '/project/$id',
        params: { id },
        search: true,
        hash: currentHash,
        state: { view: base, fromCounty: routeKey.startsWith('c:') },
        // Saving the project shown, or clicking its marker again, is not a new page.
        replace: routeKey === `p:${id}`,
      });
    },
    [navigate, routeKey, base],
  );

  const openProvince = useCallback(
    (code: string) => {
      if (routeKey === `r:${code}`) return;
      void navigate({
        to: '/province/$code',
        params: { code },
        search: true,
        hash: currentHash,
        state: { view: base },
      });
    },
    [navigate, routeKey, base],
  );

  const openPage = useCallback(
    (page: PortalPage) => {
      if (routeKey === `g:${page}`) return;
      void navigate({ to: `/${page}`, search: true, hash: currentHash, state: { view: base } });
    },
    [navigate, routeKey, base],
  );

  /** Closes a county or project page: back to the view it lies over. */
  const closePanel = useCallback(
    (patch?: SearchPatch) => {
      if (routeKey) openView(base, patch);
    },
    [routeKey, base, openView],
  );

  const back = useCallback(() => router.history.back(), [router]);

  return useMemo(
    () => ({ patchSearch, openView, openCounty, openProject, openProvince, openPage, closePanel, back }),
    [patchSearch, openView, openCounty, openProject, openProvince, openPage, closePanel, back],
  );
}

export type ShellNavigation = ReturnType<typeof useShellNavigation>;
