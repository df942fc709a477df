import { useCallback, useEffect, useState } from 'react';
import { readHash, writeHash } from '../../../shared/url/hashParams.ts';
import type { ProjectFilter } from '../api/projects.ts';
import { type ProjectStatus, projectStatuses } from '../api/types.ts';

// The sidebar's view (analysis or the project registry) and the registry's filters live in the URL hash
// beside the map view and the analysis settings, so a shared link opens the same filtered list and map.

export type SidebarView = 'analysis' | 'projects';

export interface RegistryState {
  view: SidebarView;
  filter: ProjectFilter;
}

const list = (value: string | null) => (value ?? '').split(',').filter(Boolean);

export function readRegistryState(): RegistryState {
  const p = readHash();
  const published = p.get('ppub');
  return {
    view: p.get('view') === 'projects' ? 'projects' : 'analysis',
    filter: {
      province: /^IR-[0-9]{2}$/.test(p.get('pprov') ?? '') ? (p.get('pprov') as string) : undefined,
      status: list(p.get('pstatus')).filter((s): s is ProjectStatus =>
        (projectStatuses as readonly string[]).includes(s),
      ),
      sector: list(p.get('psector')).filter((s) => /^[a-z0-9-]{1,40}$/.test(s)),
      published: published === 'true' ? true : published === 'false' ? false : undefined,
      archived: p.get('parch') === '1' ? true : undefined,
    },
  };
}

export function writeRegistryState(state: RegistryState): void {
  const params = readHash();
  const set = (key: string, value: string | undefined) => {
    if (value) params.set(key, value);
    else params.delete(key);
  };
  const f = state.filter;
  set('view', state.view === 'projects' ? 'projects' : undefined);
  set('pprov', f.province);
  set('pstatus', f.status?.join(','));
  set('psector', f.sector?.join(','));
  set('ppub', f.published === undefined ? undefined : String(f.published));
  set('parch', f.archived ? '1' : undefined);
  writeHash(params);
}

/**
 * The registry state; the signed-in-only filters (publication, archive) are dropped for visitors, whom the
 * API would refuse them.
 */
export function useRegistryState(signedIn: boolean) {
  const [state, setState] = useState<RegistryState>(readRegistryState);
  useEffect(() => writeRegistryState(state), [state]);
  const setView = useCallback((view: SidebarView) => setState((s) => ({ ...s, view })), []);
  const patchFilter = useCallback(
    (patch: Partial<ProjectFilter>) => setState((s) => ({ ...s, filter: { ...s.filter, ...patch } })),
    [],
  );
  const filter: ProjectFilter = signedIn
    ? state.filter
    : { ...state.filter, published: undefined, archived: undefined };
  return { view: state.view, setView, filter, patchFilter };
}
