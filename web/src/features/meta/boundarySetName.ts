import { localName } from '../i18n/format.ts';
import type { Lang } from '../i18n/messages.ts';
import type { BoundarySet } from './api/meta.ts';

/**
 * A boundary set's name: the catalogue's (`boundary_set`, through /api/meta), the one source of it that the
 * server's download titles use too; its code until the catalogue has arrived.
 */
export function boundarySetName(
  lang: Lang,
  code: string,
  set: Pick<BoundarySet, 'name_fa' | 'name_en'> | undefined,
): string {
  return set ? localName(lang, set) : code;
}
