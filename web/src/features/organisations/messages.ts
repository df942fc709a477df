import type { OrganisationKind } from '@tavazon/contract';
import type { Lang } from '../i18n/messages.ts';

// The words of the organisations feature, in both languages; components pick by the reader's language.

export interface OrganisationMessages {
  title: string;
  nav: string;
  nameFa: string;
  nameEn: string;
  kind: string;
  kinds: Record<OrganisationKind, string>;
  province: string;
  national: string;
  anyKind: string;
  anyProvince: string;
  add: string;
  save: string;
  cancel: string;
  edit: string;
  delete: string;
  confirmDelete: string;
  inUse: string;
  none: string;
  pick: string;
  addOne: string;
  remove: (name: string) => string;
  projects: string;
  executing: string;
  supporting: string;
  openDecisions: string;
  deadline: string;
  overdue: string;
  noDeadline: string;
  patronages: string;
  patrons: string;
  anyPatron: string;
  patronSince: (day: string) => string;
  until: (day: string) => string;
  addPatronage: string;
  county: string;
  since: string;
  history: string;
  changed: (who: string, when: string) => string;
  created: string;
  updated: string;
  deleted: string;
  back: string;
  loading: string;
  count: (n: string) => string;
}

const fa: OrganisationMessages = {
  title: 'سازمان‌ها',
  nav: 'سازمان‌ها',
  nameFa: 'نام فارسی',
  nameEn: 'نام انگلیسی',
  kind: 'نوع',
  kinds: {
    government_agency: 'دستگاه دولتی',
    public_company: 'شرکت دولتی',
    private_firm: 'شرکت خصوصی',
    bank: 'بانک',
    ngo: 'سازمان مردم‌نهاد',
    council: 'شورا',
  },
  province: 'استان',
  national: 'ملی',
  anyKind: 'همهٔ انواع',
  anyProvince: 'همهٔ استان‌ها',
  add: 'افزودن سازمان',
  save: 'ذخیره',
  cancel: 'انصراف',
  edit: 'ویرایش',
  delete: 'حذف سازمان',
  confirmDelete: 'این سازمان حذف شود؟',
  inUse: 'این سازمان در کار است:',
  none: '— هیچ —',
  pick: 'انتخاب سازمان',
  addOne: 'افزودن…',
  remove: (name) => `برداشتن ${name}`,
  projects: 'پروژه‌ها',
  executing: 'مجری',
  supporting: 'همکار',
  openDecisions: 'مصوبه‌های باز',
  deadline: 'مهلت',
  overdue: 'گذشته از مهلت',
  noDeadline: 'بی‌مهلت',
  patronages: 'شهرستان‌های زیر حمایت (معین اقتصادی)',
  patrons: 'معین‌های اقتصادی',
  anyPatron: 'همهٔ شهرستان‌ها',
  patronSince: (day) => `از ${day}`,
  until: (day) => `تا ${day}`,
  addPatronage: 'افزودن شهرستان',
  county: 'شهرستان',
  since: 'از تاریخ',
  history: 'تاریخچهٔ تغییرات',
  changed: (who, when) => `${who} · ${when}`,
  created: 'ایجاد',
  updated: 'ویرایش',
  deleted: 'حذف',
  back: 'بازگشت به فهرست',
  loading: 'در حال بارگیری…',
  count: (n) => `${n} سازمان`,
};

const en: OrganisationMessages = {
  title: 'Organisations',
  nav: 'Organisations',
  nameFa: 'Persian name',
  nameEn: 'English name',
  kind: 'Kind',
  kinds: {
    government_agency: 'Government agency',
    public_company: 'Public company',
    private_firm: 'Private firm',
    bank: 'Bank',
    ngo: 'NGO',
    council: 'Council',
  },
  province: 'Province',
  national: 'National',
  anyKind: 'Every kind',
  anyProvince: 'Every province',
  add: 'Add an organisation',
  save: 'Save',
  cancel: 'Cancel',
  edit: 'Edit',
  delete: 'Delete organisation',
  confirmDelete: 'Delete this organisation?',
  inUse: 'This organisation is in use:',
  none: '— none —',
  pick: 'Pick an organisation',
  addOne: 'Add…',
  remove: (name) => `Remove ${name}`,
  projects: 'Projects',
  executing: 'Executing',
  supporting: 'Supporting',
  openDecisions: 'Open decisions',
  deadline: 'Deadline',
  overdue: 'Overdue',
  noDeadline: 'No deadline',
  patronages: 'Counties backed (economic patron)',
  patrons: 'Economic patrons',
  anyPatron: 'Every county',
  patronSince: (day) => `since ${day}`,
  until: (day) => `until ${day}`,
  addPatronage: 'Add a county',
  county: 'County',
  since: 'Since',
  history: 'History of changes',
  changed: (who, when) => `${who} · ${when}`,
  created: 'Created',
  updated: 'Edited',
  deleted: 'Deleted',
  back: 'Back to the list',
  loading: 'Loading…',
  count: (n) => `${n} organisations`,
};

export const organisationMessages: Record<Lang, OrganisationMessages> = { fa, en };
