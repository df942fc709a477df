// Before the app had pages, all of its state sat in the URL hash beside MapLibre's `map=zoom/lat/lng`:
// `#project=42`, `#view=projects&pprov=IR-19`, `#tab=balance&indicator=…&set=…&period=…`, and so on.
// Such links are in e-mails and monthly reviews; they are turned into the page and search parameters that
// say the same thing, keeping only `map=` in the hash (MapLibre's own).

const analysisTabs = ['balance', 'composite', 'compare'] as const;

/** The path, search and hash an old link means, or null when the URL is not an old link. */
export function legacyTarget(pathname: string, search: string, hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const keys = [...params.keys()].filter((k) => k !== 'map');
  // Only the root page ever had such a hash; a page's own hash is left alone.
  if (keys.length === 0 || (pathname !== '/' && pathname !== '')) return null;

  const project = Number(params.get('project'));
  const tab = params.get('tab');
  const path =
    Number.isInteger(project) && project > 0
      ? `/project/${project}`
      : params.get('view') === 'projects'
        ? '/registry'
        : analysisTabs.includes(tab as (typeof analysisTabs)[number])
          ? `/analysis/${tab}`
          : '/';

  const next = new URLSearchParams(search);
  for (const [key, value] of params) {
    if (key === 'map' || key === 'project' || key === 'view' || key === 'tab') continue;
    next.set(key, value);
  }
  const query = next.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  const map = params.get('map');
  return `${path}${query ? `?${query}` : ''}${map ? `#map=${map}` : ''}`;
}

function currentTarget(): string | null {
  const { pathname, search, hash } = window.location;
  return legacyTarget(pathname, search, hash);
}

/** Rewrites an old link in place (no history entry) before the router reads the address. */
export function redirectLegacyLink(): void {
  const target = currentTarget();
  if (target) window.history.replaceState(null, '', target);
}

/**
 * An old link pasted into a tab already on the map changes only the hash, without loading the page again:
 * it is followed as well.
 */
export function followLegacyLinks(go: (href: string) => void): void {
  window.addEventListener('hashchange', () => {
    const target = currentTarget();
    if (target) go(target);
  });
}
