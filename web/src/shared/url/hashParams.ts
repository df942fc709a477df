// The URL hash holds several parties' parameters side by side (MapLibre's `map=`, the indicator, the
// analysis, the registry, the open project). Each reads the whole hash and writes it back with its own
// keys changed, so none drops another's.

export function readHash(): URLSearchParams {
  return new URLSearchParams(window.location.hash.replace(/^#/, ''));
}

/** Replaces the hash (no history entry), keeping `/ , :` readable as MapLibre writes them. */
export function writeHash(params: URLSearchParams): void {
  const hash = params.toString().replaceAll('%2F', '/').replaceAll('%2C', ',').replaceAll('%3A', ':');
  window.history.replaceState(
    window.history.state,
    '',
    `${window.location.pathname}${window.location.search}${hash ? `#${hash}` : ''}`,
  );
}
