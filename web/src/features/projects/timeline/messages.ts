/** Strings of a project's timeline and its monthly progress form. */
export interface TimelineMessages {
  heading: string;
  eventsCount: (n: string) => string;
  newestFirst: string;
  loadFailed: (reason: string) => string;
  empty: string;
  emptyPublic: string;
  showAll: (n: string) => string;
  currentProgress: string;
  noProgressYet: string;
  actions: Record<
    'baseline' | 'loaded' | 'created' | 'updated' | 'imported' | 'progress' | 'scenario',
    string
  >;
  /** Who changed it when no person did (the data loader, the migration's baseline). */
  system: string;
  /** Before the username of who did it. */
  by: string;
  baselineNote: string;
  recordedAt: (when: string) => string;
  reportFor: (day: string) => string;
  publishedBadge: string;
  internalBadge: string;
  /** Field names the main dictionary does not have. */
  fields: Record<
    'title_fa' | 'title_en' | 'description' | 'location' | 'investment_unit' | 'published' | 'archived',
    string
  >;
  sourceStatuses: Record<string, string>;
  yes: string;
  no: string;
  /** Points from the old value to the new one in the reading direction. */
  arrow: string;
  fieldsSet: (n: string) => string;
  latLng: (lat: string, lng: string) => string;
  form: {
    heading: string;
    reportedOn: string;
    percent: string;
    percentPlaceholder: string;
    note: string;
    notePlaceholder: string;
    published: string;
    publishedHint: string;
    submit: string;
    saving: string;
    saved: string;
    percentRequired: string;
    percentRange: string;
    noteTooLong: string;
    duplicate: (day: string) => string;
    refused: (reason: string) => string;
    forbidden: string;
    signedOut: string;
  };
  dates: {
    placeholder: string;
    format: string;
    invalid: string;
    required: string;
    /** The hint beneath a valid date: the same day in the other calendar. */
    sameDay: (day: string) => string;
  };
}

export const timelineFa: TimelineMessages = {
  heading: 'روند پروژه',
  eventsCount: (n) => `${n} رویداد`,
  newestFirst: 'تازه‌ترین در بالا',
  loadFailed: (reason) => `روند پروژه بارگذاری نشد: ${reason}`,
  empty: 'هنوز رویدادی برای این پروژه ثبت نشده است.',
  emptyPublic: 'هنوز گزارش پیشرفت منتشرشده‌ای برای این پروژه نیست.',
  showAll: (n) => `نمایش همهٔ ${n} رویداد`,
  currentProgress: 'پیشرفت کنونی',
  noProgressYet: 'هنوز پیشرفتی گزارش نشده است.',
  actions: {
    baseline: 'وضعیت آغازین',
    loaded: 'بارگذاری از داده‌های پایه',
    created: 'ایجاد پروژه',
    updated: 'ویرایش',
    imported: 'ورود از فایل',
    progress: 'گزارش پیشرفت',
    scenario: 'تصویب در سناریو',
  },
  system: 'سامانه',
  by: 'به دست',
  baselineNote: 'وضعیت پروژه هنگام آغاز ثبت تاریخچه',
  recordedAt: (when) => `ثبت: ${when}`,
  reportFor: (day) => `گزارش ${day}`,
  publishedBadge: 'منتشرشده',
  internalBadge: 'درون‌سازمانی',
  fields: {
    title_fa: 'عنوان فارسی',
    title_en: 'عنوان انگلیسی',
    description: 'شرح',
    location: 'مکان',
    investment_unit: 'واحد سرمایه‌گذاری',
    published: 'انتشار عمومی',
    archived: 'بایگانی',
  },
  sourceStatuses: { existing: 'موجود' },
  yes: 'بله',
  no: 'خیر',
  arrow: '←',
  fieldsSet: (n) => `${n} مورد ثبت شد`,
  latLng: (lat, lng) => `عرض ${lat}، طول ${lng}`,
  form: {
    heading: 'گزارش پیشرفت ماهانه',
    reportedOn: 'تاریخ گزارش',
    percent: 'درصد پیشرفت',
    percentPlaceholder: '۰ تا ۱۰۰',
    note: 'توضیح',
    notePlaceholder: 'کارهای انجام‌شده، موانع، …',
    published: 'انتشار عمومی',
    publishedHint: 'گزارش منتشرشده را همهٔ بازدیدکنندگان می‌بینند.',
    submit: 'ثبت گزارش',
    saving: 'در حال ثبت…',
    saved: 'گزارش ثبت شد.',
    percentRequired: 'درصد پیشرفت را وارد کنید.',
    percentRange: 'درصد باید عددی صحیح از ۰ تا ۱۰۰ باشد.',
    noteTooLong: 'توضیح حداکثر ۲۰۰۰ نویسه است.',
    duplicate: (day) => `برای ${day} پیش‌تر گزارشی ثبت شده است؛ تاریخ دیگری برگزینید.`,
    refused: (reason) => `سرور نپذیرفت: ${reason}`,
    forbidden: 'اجازهٔ ثبت گزارش برای این پروژه را ندارید.',
    signedOut: 'نشست شما پایان یافته است؛ دوباره وارد شوید.',
  },
  dates: {
    placeholder: '۱۴۰۳/۰۵/۱۲',
    format: 'تاریخ را به شکل سال/ماه/روز بنویسید، مثلاً ۱۴۰۳/۰۵/۱۲.',
    invalid: 'چنین روزی در تقویم نیست.',
    required: 'تاریخ را وارد کنید.',
    sameDay: (day) => `برابر با ${day} میلادی`,
  },
};

export const timelineEn: TimelineMessages = {
  heading: 'Timeline',
  eventsCount: (n) => `${n} ${n === '1' ? 'event' : 'events'}`,
  newestFirst: 'newest first',
  loadFailed: (reason) => `The timeline could not be loaded: ${reason}`,
  empty: 'Nothing has been recorded for this project yet.',
  emptyPublic: 'No progress report has been published for this project yet.',
  showAll: (n) => `Show all ${n} events`,
  currentProgress: 'Current progress',
  noProgressYet: 'No progress reported yet.',
  actions: {
    baseline: 'Baseline',
    loaded: 'Loaded from source data',
    created: 'Created',
    updated: 'Edited',
    imported: 'Imported from a file',
    progress: 'Progress report',
    scenario: 'Approved in a scenario',
  },
  system: 'system',
  by: 'by',
  baselineNote: 'The project as it stood when history recording began',
  recordedAt: (when) => `recorded ${when}`,
  reportFor: (day) => `Report of ${day}`,
  publishedBadge: 'published',
  internalBadge: 'internal',
  fields: {
    title_fa: 'Persian title',
    title_en: 'English title',
    description: 'Description',
    location: 'Location',
    investment_unit: 'Investment unit',
    published: 'Published',
    archived: 'Archived',
  },
  sourceStatuses: { existing: 'existing' },
  yes: 'yes',
  no: 'no',
  arrow: '→',
  fieldsSet: (n) => `${n} ${n === '1' ? 'field' : 'fields'} set`,
  latLng: (lat, lng) => `lat ${lat}, lng ${lng}`,
  form: {
    heading: 'Monthly progress report',
    reportedOn: 'Report date',
    percent: 'Progress (%)',
    percentPlaceholder: '0 to 100',
    note: 'Note',
    notePlaceholder: 'Work done, obstacles, …',
    published: 'Publish',
    publishedHint: 'Published reports are shown to every visitor.',
    submit: 'Add report',
    saving: 'Saving…',
    saved: 'Report added.',
    percentRequired: 'Enter the progress percentage.',
    percentRange: 'Progress must be a whole number from 0 to 100.',
    noteTooLong: 'The note may be at most 2000 characters.',
    duplicate: (day) => `There is already a report for ${day}; choose another date.`,
    refused: (reason) => `The server refused: ${reason}`,
    forbidden: 'You may not report progress on this project.',
    signedOut: 'Your session has ended; sign in again.',
  },
  dates: {
    placeholder: '2024-08-02',
    format: 'Write the date as YYYY-MM-DD, e.g. 2024-08-02.',
    invalid: 'There is no such day.',
    required: 'Enter a date.',
    sameDay: (day) => `${day} (Solar Hijri)`,
  },
};
