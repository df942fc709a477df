import type { SearchKind } from '@tavazon/contract';

/** Strings of the one search box. */
export interface SearchMessages {
  label: string;
  placeholder: string;
  results: string;
  none: string;
  searching: string;
  count: (n: string) => string;
  kinds: Record<SearchKind, string>;
  inProvince: (province: string) => string;
  inCounty: (county: string) => string;
}

export const searchFa: SearchMessages = {
  label: 'جستجو',
  placeholder: 'استان، شهرستان یا پروژه…',
  results: 'نتیجه‌های جستجو',
  none: 'چیزی پیدا نشد.',
  searching: 'در حال جستجو…',
  count: (n) => `${n} نتیجه؛ با کلیدهای جهت‌نمای بالا و پایین میان آن‌ها بروید و با کلید ورود باز کنید.`,
  kinds: { province: 'استان', county: 'شهرستان', project: 'پروژه' },
  inProvince: (p) => `استان ${p}`,
  inCounty: (c) => `شهرستان ${c}`,
};

export const searchEn: SearchMessages = {
  label: 'Search',
  placeholder: 'Province, county or project…',
  results: 'Search results',
  none: 'Nothing found.',
  searching: 'Searching…',
  count: (n) => `${n} results; move with the up and down keys, open with Enter.`,
  kinds: { province: 'Province', county: 'County', project: 'Project' },
  inProvince: (p) => `${p} province`,
  inCounty: (c) => `${c} county`,
};
