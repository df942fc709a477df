import type { DraftProblem } from './draft.ts';

/** Strings of the project form, the registry panel and their map interaction. */
export interface EditorMessages {
  newProject: string;
  editProject: string;
  edit: string;
  archive: string;
  unarchive: string;
  confirmArchive: string;
  archiveNote: string;
  archived: string;
  save: string;
  create: string;
  cancel: string;
  saving: string;
  titleFa: string;
  titleEn: string;
  description: string;
  statusKeep: (status: string) => string;
  statusFinal: string;
  location: string;
  lng: string;
  lat: string;
  locationHint: string;
  countyDerived: string;
  countyPending: string;
  outsideCounties: string;
  notYourProvince: (province: string) => string;
  investmentUnit: string;
  noUnit: string;
  sourceDateHint: string;
  published: string;
  publishedHint: string;
  note: string;
  noteHint: string;
  problems: Record<DraftProblem, string>;
  fixFirst: string;
  conflictTitle: string;
  conflictBody: (by: string, fields: string) => string;
  conflictBoth: string;
  conflictTheirs: string;
  conflictRebased: string;
  discardMine: string;
  unpublishedBadge: string;
  registry: {
    view: string;
    analysisView: string;
    heading: string;
    province: string;
    allProvinces: string;
    statuses: string;
    sector: string;
    allSectors: string;
    publication: string;
    all: string;
    publishedOnly: string;
    unpublishedOnly: string;
    showArchived: string;
    clear: string;
    count: (n: string) => string;
    export: string;
    publicNote: string;
  };
}

export const editorFa: EditorMessages = {
  newProject: 'پروژهٔ تازه',
  editProject: 'ویرایش پروژه',
  edit: 'ویرایش',
  archive: 'بایگانی',
  unarchive: 'بازگرداندن از بایگانی',
  confirmArchive: 'این پروژه بایگانی شود؟ از نقشه و فهرست‌ها برداشته می‌شود ولی تاریخچه‌اش می‌ماند.',
  archiveNote: 'بایگانی از فرم ویرایش',
  archived: 'بایگانی‌شده',
  save: 'ذخیرهٔ تغییرات',
  create: 'ثبت پروژه',
  cancel: 'انصراف',
  saving: 'در حال ذخیره…',
  titleFa: 'عنوان فارسی',
  titleEn: 'عنوان انگلیسی',
  description: 'شرح',
  statusKeep: (status) => `${status} (کنونی)`,
  statusFinal: 'این وضعیت پایانی است و تغییر نمی‌کند.',
  location: 'مکان',
  lng: 'طول جغرافیایی',
  lat: 'عرض جغرافیایی',
  locationHint: 'روی نقشه بزنید یا نشانگر را بکشید؛ مختصات را هم می‌توانید بنویسید.',
  countyDerived: 'شهرستان (از روی مکان)',
  countyPending: 'در حال یافتن شهرستان…',
  outsideCounties: 'این نقطه در هیچ شهرستانی نیست؛ جای دیگری را برگزینید.',
  notYourProvince: (province) => `این نقطه در استان ${province} است که ویرایش آن به شما سپرده نشده است.`,
  investmentUnit: 'واحد',
  noUnit: '— واحد —',
  sourceDateHint: 'به تقویم خورشیدی: ۱۴۰۳ یا ۱۴۰۳/۰۵ یا ۱۴۰۳/۰۵/۱۲',
  published: 'انتشار برای عموم',
  publishedHint: 'تا منتشر نشود، تنها کاربران واردشده آن را می‌بینند.',
  note: 'یادداشت این تغییر',
  noteHint: 'در تاریخچهٔ پروژه می‌ماند؛ مثلاً «بنا بر صورت‌جلسهٔ کارگروه آبان».',
  problems: {
    required: 'این خانه نباید خالی باشد.',
    number: 'یک عدد بنویسید.',
    whole: 'یک عدد درست بنویسید.',
    range: 'عدد بیرون از بازهٔ مجاز است.',
    unitNeeded: 'واحد سرمایه‌گذاری را برگزینید.',
    endBeforeStart: 'پایان نمی‌تواند پیش از آغاز باشد.',
    solarDate: 'تاریخ خورشیدی را به شکل ۱۴۰۳ یا ۱۴۰۳/۰۵ یا ۱۴۰۳/۰۵/۱۲ بنویسید.',
    locationNeeded: 'مکان را روی نقشه برگزینید یا مختصات را بنویسید.',
    invalid: 'این مقدار پذیرفته نیست (بیش از حد بلند است یا نویسهٔ نامجاز دارد).',
  },
  fixFirst: 'پیش از ذخیره، خانه‌های نشان‌دارشده را درست کنید.',
  conflictTitle: 'این پروژه در این میان تغییر کرده است',
  conflictBody: (by, fields) => `${by} این خانه‌ها را تغییر داده است: ${fields}.`,
  conflictBoth: 'هر دو تغییر داده‌اید؛ مقدار شما نگه داشته شد، بازبینی کنید',
  conflictTheirs: 'مقدار تازه',
  conflictRebased:
    'فرم اکنون نسخهٔ تازه را نشان می‌دهد و تغییرهای شما روی آن مانده است. بازبینی کنید و دوباره ذخیره کنید.',
  discardMine: 'کنار گذاشتن تغییرهای من',
  unpublishedBadge: 'منتشرنشده',
  registry: {
    view: 'پروژه‌ها',
    analysisView: 'تحلیل',
    heading: 'پروژه‌های پیشران',
    province: 'استان',
    allProvinces: 'همهٔ استان‌ها',
    statuses: 'وضعیت',
    sector: 'بخش',
    allSectors: 'همهٔ بخش‌ها',
    publication: 'انتشار',
    all: 'همه',
    publishedOnly: 'منتشرشده',
    unpublishedOnly: 'منتشرنشده',
    showArchived: 'نمایش بایگانی‌شده‌ها',
    clear: 'پاک کردن پالایه‌ها',
    count: (n) => `${n} پروژه`,
    export: 'خروجی فهرست',
    publicNote: 'تنها پروژه‌های منتشرشده و داده‌های عمومی آن‌ها نشان داده می‌شود.',
  },
};

export const editorEn: EditorMessages = {
  newProject: 'New project',
  editProject: 'Edit project',
  edit: 'Edit',
  archive: 'Archive',
  unarchive: 'Restore from archive',
  confirmArchive: 'Archive this project? It leaves the map and the lists; its history stays.',
  archiveNote: 'archived from the edit form',
  archived: 'Archived',
  save: 'Save changes',
  create: 'Add project',
  cancel: 'Cancel',
  saving: 'Saving…',
  titleFa: 'Persian title',
  titleEn: 'English title',
  description: 'Description',
  statusKeep: (status) => `${status} (current)`,
  statusFinal: 'This status is final.',
  location: 'Location',
  lng: 'Longitude',
  lat: 'Latitude',
  locationHint: 'Click the map or drag the marker; you can also type the coordinates.',
  countyDerived: 'County (from the location)',
  countyPending: 'Finding the county…',
  outsideCounties: 'This point is outside every county; pick another place.',
  notYourProvince: (province) => `This point is in ${province}, which you may not edit.`,
  investmentUnit: 'Unit',
  noUnit: '— unit —',
  sourceDateHint: 'Solar Hijri: 1403, 1403/05 or 1403/05/12',
  published: 'Published',
  publishedHint: 'Until it is published only signed-in users see it.',
  note: 'Note on this change',
  noteHint: 'Kept in the project history, e.g. "per the working group minutes of Aban".',
  problems: {
    required: 'Must not be empty.',
    number: 'Type a number.',
    whole: 'Type a whole number.',
    range: 'The number is out of range.',
    unitNeeded: 'Choose the investment unit.',
    endBeforeStart: 'The end cannot be before the start.',
    solarDate: 'Write the Solar Hijri date as 1403, 1403/05 or 1403/05/12.',
    locationNeeded: 'Pick the location on the map or type the coordinates.',
    invalid: 'This value is not accepted (too long, or it has a character that is not allowed).',
  },
  fixFirst: 'Fix the marked fields before saving.',
  conflictTitle: 'This project changed meanwhile',
  conflictBody: (by, fields) => `${by} changed: ${fields}.`,
  conflictBoth: 'you both changed it; your value is kept, check it',
  conflictTheirs: 'new value',
  conflictRebased: 'The form now shows the new version with your changes on top. Check them and save again.',
  discardMine: 'Discard my changes',
  unpublishedBadge: 'Unpublished',
  registry: {
    view: 'Projects',
    analysisView: 'Analysis',
    heading: 'Driver projects',
    province: 'Province',
    allProvinces: 'All provinces',
    statuses: 'Status',
    sector: 'Sector',
    allSectors: 'All sectors',
    publication: 'Publication',
    all: 'All',
    publishedOnly: 'Published',
    unpublishedOnly: 'Unpublished',
    showArchived: 'Show archived',
    clear: 'Clear filters',
    count: (n) => `${n} projects`,
    export: 'Export the list',
    publicNote: 'Only published projects and their public fields are shown.',
  },
};
