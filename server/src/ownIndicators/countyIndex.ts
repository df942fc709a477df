import type { Sql } from '@tavazon/data';
import { countyNameKey } from '@tavazon/data';
import { distance } from 'fastest-levenshtein';
import { latinDigits } from '../imports/parseCell.ts';

// Finding the county a row of a values file means: by its code, or by its Persian or English name in
// any of the spellings officials type (ي/ی, ك/ک, with or without spaces, ZWNJ or «شهرستان»).

export interface County {
  id: number;
  code: string;
  name_fa: string;
  name_en: string | null;
  province_fa: string;
}

export type CountyMatch =
  | { ok: true; county: County }
  | { ok: false; code: 'import.unknown_county'; suggestions: string[] }
  | { ok: false; code: 'import.ambiguous_county'; candidates: string[] };

const persianLetters = /[\u0600-\u06FF]/;

/** The comparison form of an English name: letters only, without "county" or "shahrestan". */
const englishKey = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\b(county|shahrestan)\b/g, '')
    .replace(/[^a-z]/g, '');

const push = (map: Map<string, County[]>, key: string, c: County) => {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [c]);
  else if (!list.includes(c)) list.push(c);
};

export class CountyIndex {
  private readonly byCode = new Map<string, County>();
  private readonly byPersian = new Map<string, County[]>();
  private readonly byEnglish = new Map<string, County[]>();

  constructor(
    readonly set: string,
    readonly counties: County[],
  ) {
    for (const c of counties) {
      this.byCode.set(c.code.toLowerCase(), c);
      push(this.byPersian, countyNameKey(c.name_fa), c);
      if (c.name_en) push(this.byEnglish, englishKey(c.name_en), c);
    }
  }

  match(cell: string): CountyMatch {
    const text = latinDigits(cell).trim();
    const byCode = this.byCode.get(text.toLowerCase());
    if (byCode) return { ok: true, county: byCode };
    const persian = persianLetters.test(text);
    const key = persian ? countyNameKey(text) : englishKey(text);
    const found = (persian ? this.byPersian : this.byEnglish).get(key) ?? [];
    if (found.length === 1) return { ok: true, county: found[0]! };
    if (found.length > 1)
      return {
        ok: false,
        code: 'import.ambiguous_county',
        candidates: found.map((c) => `${c.name_fa} (${c.province_fa}، ${c.code})`),
      };
    return { ok: false, code: 'import.unknown_county', suggestions: this.closest(key, persian) };
  }

  /** The three names nearest by edit distance, if any is near enough to be a misspelling. */
  private closest(key: string, persian: boolean): string[] {
    if (!key) return [];
    const limit = Math.max(2, Math.ceil(key.length / 3));
    const ranked: { name: string; d: number }[] = [];
    for (const [k, list] of persian ? this.byPersian : this.byEnglish) {
      const d = distance(key, k);
      if (d <= limit)
        for (const c of list) ranked.push({ name: persian ? c.name_fa : (c.name_en ?? c.name_fa), d });
    }
    return ranked
      .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
      .slice(0, 3)
      .map((r) => r.name);
  }
}

export async function countyIndex(sql: Sql, set: string): Promise<CountyIndex> {
  const rows = await sql<County[]>`
    SELECT c.id::int AS id, c.code, c.name_fa, c.name_en, p.name_fa AS province_fa
    FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id
    WHERE c.boundary_set = ${set} AND c.level = 'county'
    ORDER BY c.code`;
  return new CountyIndex(set, rows);
}
