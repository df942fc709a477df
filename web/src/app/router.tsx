import { createRootRoute, createRoute, createRouter, Navigate, redirect } from '@tanstack/react-router';
import { AnalysisPage } from './pages/AnalysisPage.tsx';
import { BriefingPage } from './pages/BriefingPage.tsx';
import { CountyPage } from './pages/CountyPage.tsx';
import { MeetingPage } from './pages/MeetingPage.tsx';
import { OrganisationPage } from './pages/OrganisationPage.tsx';
import { OrganisationsPage } from './pages/OrganisationsPage.tsx';
import { ProjectPage } from './pages/ProjectPage.tsx';
import { RegistryPage } from './pages/RegistryPage.tsx';
import { ReviewPage } from './pages/ReviewPage.tsx';
import { ScenarioPrintPage } from './pages/ScenarioPrintPage.tsx';
import { WorkspacePage } from './pages/WorkspacePage.tsx';
import { followLegacyLinks, redirectLegacyLink } from './routing/legacy.ts';
import { appSearchSchema, parseSearch, stringifySearch } from './routing/search.ts';
import type { BaseView } from './routing/views.ts';
import { RootLayout } from './shell/RootLayout.tsx';

// The pages (web/README.md, Layout): the map with its analysis tabs (`/`, `/analysis/balance|composite|
// compare`), the registry (`/registry`), a county (`/county/<set>/<code>`) and a project (`/project/<id>`).
// The search parameters are shared by all of them (routing/search.ts); MapLibre keeps its camera in the hash.

const rootRoute = createRootRoute({
  validateSearch: appSearchSchema,
  component: RootLayout,
  // An unknown page opens the map rather than a blank screen.
  notFoundComponent: () => <Navigate to="/" search={true} replace />,
});

const mapRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: AnalysisPage,
});

const analysisTabs = ['balance', 'composite', 'compare'] as const;
export type AnalysisRouteTab = (typeof analysisTabs)[number];

const analysisRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/analysis/$tab',
  params: {
    parse: ({ tab }) => ({ tab: tab as AnalysisRouteTab }),
    stringify: ({ tab }) => ({ tab }),
  },
  // The map tab is the root page; anything else unknown goes there too.
  beforeLoad: ({ params }) => {
    if (!analysisTabs.includes(params.tab))
      throw redirect({ to: '/', search: true, hash: true, replace: true });
  },
  component: AnalysisPage,
});

const registryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/registry',
  component: RegistryPage,
});

export const countyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/county/$set/$code',
  component: CountyPage,
});

export const projectRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/project/$id',
  params: {
    parse: ({ id }) => ({ id: Number(id) }),
    stringify: ({ id }) => ({ id: String(id) }),
  },
  beforeLoad: ({ params }) => {
    if (!Number.isInteger(params.id) || params.id <= 0)
      throw redirect({ to: '/', search: true, hash: true, replace: true });
  },
  component: ProjectPage,
});

// The monthly review loop (issue 11): organisations, the review board, meetings and the county briefing.
const positiveId = {
  parse: ({ id }: { id: string }) => ({ id: Number(id) }),
  stringify: ({ id }: { id: number }) => ({ id: String(id) }),
};
const toMapIfBadId = ({ params }: { params: { id: number } }) => {
  if (!Number.isInteger(params.id) || params.id <= 0)
    throw redirect({ to: '/', search: true, hash: true, replace: true });
};

const organisationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organisations',
  component: OrganisationsPage,
});

export const organisationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organisations/$id',
  params: positiveId,
  beforeLoad: toMapIfBadId,
  component: OrganisationPage,
});

const reviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/review',
  component: ReviewPage,
});

const reviewMonthRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/review/$province/$month',
  component: ReviewPage,
});

export const meetingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/meetings/$id',
  params: positiveId,
  beforeLoad: toMapIfBadId,
  component: MeetingPage,
});

const briefingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/briefing/$code',
  component: BriefingPage,
});

// The officials' workspace (issue 10) and a scenario's printable page.
const workspaceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/workspace',
  component: WorkspacePage,
});

export const scenarioPrintRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/workspace/print/$id',
  params: {
    parse: ({ id }) => ({ id: Number(id) }),
    stringify: ({ id }) => ({ id: String(id) }),
  },
  beforeLoad: ({ params }) => {
    if (!Number.isInteger(params.id) || params.id <= 0)
      throw redirect({ to: '/workspace', search: true, replace: true });
  },
  component: ScenarioPrintPage,
});

const routeTree = rootRoute.addChildren([
  mapRoute,
  analysisRoute,
  registryRoute,
  countyRoute,
  projectRoute,
  organisationsRoute,
  organisationRoute,
  reviewRoute,
  reviewMonthRoute,
  meetingRoute,
  briefingRoute,
  workspaceRoute,
  scenarioPrintRoute,
]);

// Old `#project=…`, `#view=projects&…`, `#tab=…` links become the page they meant, before the router reads them.
redirectLegacyLink();

export const router = createRouter({
  routeTree,
  parseSearch,
  stringifySearch,
  // The pages are all in the bundle or lazy inside; nothing to preload on hover.
  defaultPreload: false,
  // The shell is one screen: the side panel keeps its own scroll (SidePanel scrolls itself to the top).
  scrollRestoration: false,
});

followLegacyLinks((href) => void router.navigate({ href, replace: true }));

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
  interface HistoryState {
    /** The page under a county or project page: what closing the panel returns to. */
    view?: BaseView;
    /** The project was opened from the county page before it: "back to the county" goes back. */
    fromCounty?: boolean;
  }
}
