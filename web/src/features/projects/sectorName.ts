import { localName } from '../i18n/format.ts';
import type { Lang } from '../i18n/messages.ts';
import type { Sector } from '../meta/api/meta.ts';

/** Sector names come from the catalogue; an unknown code is shown as it is rather than hidden. */
export function sectorName(lang: Lang, sectors: Sector[], code: string): string {
  const sector = sectors.find((s) => s.code === code);
  return sector ? localName(lang, sector) : code;
}
