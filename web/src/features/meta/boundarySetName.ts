import { localName } from '../i18n/format.ts';
import type { Lang, Messages } from '../i18n/messages.ts';
import type { BoundarySet } from './api/meta.ts';

/**
 * A boundary set's name in the UI's words (the catalogue's own names carry their source in English, e.g.
 * «مرزهای کنونی (OpenStreetMap)»; the source is credited on the map); a set the dictionary does not know
 * by its catalogue name.
 */
export function boundarySetName(
  lang: Lang,
  t: Messages,
  code: string,
  set: Pick<BoundarySet, 'name_fa' | 'name_en'> | undefined,
): string {
  return t.boundarySetNames[code] ?? (set ? localName(lang, set) : code);
}
