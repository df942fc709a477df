import type { Lang } from '../i18n/messages.ts';

// The review records (organisations, patronages, meetings, decisions) keep each change as a diff of their
// columns; the history lists which fields changed in the reader's language, never by column name.
const fields = {
  fa: {
    name_fa: 'نام فارسی',
    name_en: 'نام انگلیسی',
    kind: 'نوع',
    province_code: 'استان',
    organisation_id: 'سازمان',
    county_id: 'شهرستان',
    since: 'از تاریخ',
    until: 'تا تاریخ',
    note: 'یادداشت',
    held_on: 'تاریخ جلسه',
    body: 'نهاد برگزارکننده',
    title: 'عنوان',
    notes: 'یادداشت‌ها',
    present_org_ids: 'سازمان‌های حاضر',
    absent_org_ids: 'سازمان‌های غایب',
    agenda_project_ids: 'پروژه‌های دستور جلسه',
    agenda_county_ids: 'شهرستان‌های دستور جلسه',
    meeting_id: 'جلسه',
    number: 'شماره',
    text: 'متن مصوبه',
    executing_org_id: 'دستگاه اجرایی',
    supporting_org_ids: 'دستگاه‌های همکار',
    deadline: 'مهلت',
    status: 'وضعیت',
    done_on: 'تاریخ انجام',
    project_ids: 'پروژه‌ها',
    county_ids: 'شهرستان‌ها',
    follow_up: 'پیگیری',
  },
  en: {
    name_fa: 'Persian name',
    name_en: 'English name',
    kind: 'kind',
    province_code: 'province',
    organisation_id: 'organisation',
    county_id: 'county',
    since: 'since',
    until: 'until',
    note: 'note',
    held_on: 'date held',
    body: 'convening body',
    title: 'title',
    notes: 'notes',
    present_org_ids: 'organisations present',
    absent_org_ids: 'organisations absent',
    agenda_project_ids: 'projects on the agenda',
    agenda_county_ids: 'counties on the agenda',
    meeting_id: 'meeting',
    number: 'number',
    text: 'text of the decision',
    executing_org_id: 'executing agency',
    supporting_org_ids: 'supporting agencies',
    deadline: 'deadline',
    status: 'status',
    done_on: 'date done',
    project_ids: 'projects',
    county_ids: 'counties',
    follow_up: 'follow-up',
  },
} satisfies Record<Lang, Record<string, string>>;

const other = { fa: 'سایر موارد', en: 'other details' };

/** The changed fields of one recorded change, named in `lang` (book-keeping columns left out). */
export function changedFields(lang: Lang, changes: Record<string, unknown>): string {
  const names = Object.keys(changes)
    .filter((k) => !/^(id|created_by|updated_by|created_at|updated_at)$/.test(k))
    .map((k) => (fields[lang] as Record<string, string>)[k] ?? other[lang]);
  return [...new Set(names)].join(lang === 'fa' ? '، ' : ', ');
}
