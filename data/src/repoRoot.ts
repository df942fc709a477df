import { fileURLToPath } from 'node:url';

/** The repository's root folder, whatever the current directory: defaults (.data/, ../shared) hang off it. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
