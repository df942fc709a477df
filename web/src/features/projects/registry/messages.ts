import type { ProjectSort } from '@tavazon/contract';

// Words of the registry list's paging, order and title search, in both languages. Wired into fa.ts/en.ts
// as `registryList`.

export interface RegistryListMessages {
  sortLabel: string;
  sorts: Record<ProjectSort, string>;
  searchLabel: string;
  searchPlaceholder: string;
  /** The button under a page that loads the next one. */
  more: string;
  /** How many are shown so far, with more to come. */
  shownSoFar: (n: string) => string;
}

export const registryListFa: RegistryListMessages = {
  sortLabel: 'ترتیب',
  sorts: {
    id: 'ترتیب ثبت (قدیمی‌ترین)',
    '-id': 'ترتیب ثبت (تازه‌ترین)',
    updated: 'آخرین تغییر (قدیمی‌ترین)',
    '-updated': 'آخرین تغییر (تازه‌ترین)',
    title: 'عنوان (الف تا ی)',
    '-title': 'عنوان (ی تا الف)',
    status: 'وضعیت',
    '-status': 'وضعیت (وارونه)',
    county: 'شهرستان (الف تا ی)',
    '-county': 'شهرستان (ی تا الف)',
  },
  searchLabel: 'جست‌وجو در عنوان',
  searchPlaceholder: 'بخشی از عنوان پروژه',
  more: 'نمایش پروژه‌های بیشتر',
  shownSoFar: (n) => `${n} پروژهٔ نخست نمایش داده شده است`,
};

export const registryListEn: RegistryListMessages = {
  sortLabel: 'Order',
  sorts: {
    id: 'Order of entry (oldest first)',
    '-id': 'Order of entry (newest first)',
    updated: 'Last change (oldest first)',
    '-updated': 'Last change (newest first)',
    title: 'Title (A to Z)',
    '-title': 'Title (Z to A)',
    status: 'Status',
    '-status': 'Status (reversed)',
    county: 'County (A to Z)',
    '-county': 'County (Z to A)',
  },
  searchLabel: 'Search the titles',
  searchPlaceholder: 'Part of a project title',
  more: 'Show more projects',
  shownSoFar: (n) => `The first ${n} projects are shown`,
};
