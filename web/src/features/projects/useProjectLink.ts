import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { readHash, writeHash } from '../../shared/url/hashParams.ts';
import { projectQuery } from './api/projects.ts';
import type { ProjectFeature } from './api/types.ts';

// A project's page has an address: `#project=42` beside the map view, so a project can be sent as a link
// (the monthly review lists them) and a reload keeps it open.

const key = 'project';

function readProjectId(): number | null {
  const id = Number(readHash().get(key));
  return Number.isInteger(id) && id > 0 ? id : null;
}

function writeProjectId(id: number | null): void {
  const params = readHash();
  if (id === null) params.delete(key);
  else params.set(key, String(id));
  writeHash(params);
}

/**
 * Opens the project named in the address once at start (a link that names a project the reader may not see
 * is dropped), and keeps the address in step with the project shown.
 */
export function useProjectLink(project: ProjectFeature | null, open: (project: ProjectFeature) => void) {
  const client = useQueryClient();
  const initial = useRef(readProjectId());
  useEffect(() => {
    const id = initial.current;
    if (id === null) return;
    client
      .fetchQuery(projectQuery(id))
      .then(open)
      .catch(() => writeProjectId(null));
  }, [client, open]);
  const shown = project?.properties.id ?? null;
  useEffect(() => {
    // Until the linked project has arrived, the address keeps naming it.
    if (shown === null && initial.current !== null) return;
    initial.current = null;
    writeProjectId(shown);
  }, [shown]);
}
