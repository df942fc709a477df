/** Strings of the project import (upload, preview, commit). */
export interface ImportMessages {
  open: string;
  title: string;
  intro: string;
  requiredColumns: string;
  digitsAndDates: string;
  allOrNothing: string;
  file: string;
  chooseFile: string;
  noFile: string;
  note: string;
  notePlaceholder: string;
  preview: string;
  previewing: string;
  commit: (count: string) => string;
  committing: string;
  commitBlocked: string;
  nothingToImport: string;
  another: string;
  summaryRows: string;
  summaryValid: string;
  summaryProblems: string;
  noProblems: string;
  problemsTitle: string;
  problemColumns: { row: string; column: string; reason: string; value: string };
  wholeRow: string;
  truncated: (shown: string, total: string) => string;
  sampleTitle: string;
  sampleMore: (shown: string, total: string) => string;
  sampleColumns: { row: string; title: string; county: string; status: string };
  imported: (count: string) => string;
  errors: {
    tooLargeLocal: (size: string) => string;
    tooLarge: string;
    unsupported: string;
    unreadable: string;
    refused: (count: string) => string;
    signedOut: string;
    forbidden: string;
    tooMany: string;
    failed: string;
    serverSaid: string;
  };
  /** The server's reasons (English, from server/src/imports), reworded; an unknown one is shown as sent. */
  reasons: {
    missingTitle: string;
    missing: string;
    unknownSector: (known: string) => string;
    sectorCode: string;
    unknownStatus: (known: string) => string;
    notNumber: string;
    notDate: string;
    notSolarHijri: string;
    notRealDate: string;
    notBoolean: string;
    swapped: (lat: string, lng: string) => string;
    outsideIran: (lat: string, lng: string) => string;
    outsideCounties: (lat: string, lng: string) => string;
    outsideProvinces: (county: string, province: string, allowed: string) => string;
    noProvince: (county: string, province: string) => string;
    duplicateRow: (row: string, county: string) => string;
    inRegistry: (id: string, county: string) => string;
    unknownColumn: (known: string) => string;
    requiredColumn: string;
    noRows: string;
    fieldCount: (fields: string, columns: string) => string;
    notObject: string;
    badCell: string;
    badGeometry: string;
    wholeNumber: (min: string, max: string) => string;
    maxLength: (max: string) => string;
    nonNegative: string;
    tooLarge: string;
    oneOf: (values: string) => string;
    percentage: string;
    notEmpty: string;
    unitRequired: string;
    endBeforeStart: (end: string, start: string) => string;
    solarHijriText: string;
  };
}

export const importsFa: ImportMessages = {
  open: 'وارد کردن از پرونده',
  title: 'وارد کردن پروژه‌ها از پرونده',
  intro:
    'پرونده‌ای با قالب CSV (با کدگذاری UTF-8)، GeoJSON یا XLSX و حداکثر ۱۰ مگابایت برگزینید؛ هر ردیف یک پروژه است.',
  requiredColumns: 'ستون‌های لازم:',
  digitsAndDates: 'ارقام فارسی (۱۲۳) و عربی (١٢٣) و تاریخ خورشیدی (مانند ۱۴۰۲/۰۵/۱۲) پذیرفته می‌شود.',
  allOrNothing:
    'پیش‌نمایش همهٔ ردیف‌ها را بررسی می‌کند و چیزی ثبت نمی‌کند؛ تا وقتی حتی یک مشکل باقی است، هیچ پروژه‌ای وارد نمی‌شود.',
  file: 'پرونده',
  chooseFile: 'انتخاب پرونده…',
  noFile: 'پرونده‌ای انتخاب نشده است',
  note: 'یادداشت (اختیاری)',
  notePlaceholder: 'مثلاً: فهرست پروژه‌های مصوب شورای برنامه‌ریزی استان',
  preview: 'پیش‌نمایش',
  previewing: 'در حال بررسی…',
  commit: (count) => `وارد کردن ${count} پروژه`,
  committing: 'در حال ثبت…',
  commitBlocked: 'پیش از وارد کردن، مشکل‌های زیر را در پرونده اصلاح کنید و آن را دوباره پیش‌نمایش کنید.',
  nothingToImport: 'در این پرونده ردیفی برای وارد کردن نیست.',
  another: 'وارد کردن پرونده‌ای دیگر',
  summaryRows: 'ردیف',
  summaryValid: 'ردیف درست',
  summaryProblems: 'مشکل',
  noProblems: 'مشکلی پیدا نشد.',
  problemsTitle: 'مشکل‌ها',
  problemColumns: { row: 'ردیف', column: 'ستون', reason: 'شرح مشکل', value: 'مقدار' },
  wholeRow: 'کل ردیف',
  truncated: (shown, total) => `فقط ${shown} مشکل نخست از ${total} مشکل فهرست شده است.`,
  sampleTitle: 'نمونهٔ ردیف‌های درست',
  sampleMore: (shown, total) => `${shown} ردیف نخست از ${total} ردیف درست`,
  sampleColumns: { row: 'ردیف', title: 'عنوان', county: 'شهرستان', status: 'وضعیت' },
  imported: (count) => `${count} پروژه وارد شد.`,
  errors: {
    tooLargeLocal: (size) =>
      `این پرونده ${size} مگابایت است و بیش از حد مجاز (۱۰ مگابایت)؛ آن را به چند پرونده تقسیم کنید.`,
    tooLarge:
      'پرونده بیش از اندازهٔ مجاز است (حداکثر ۱۰ مگابایت و ۲۰٬۰۰۰ ردیف)؛ آن را به چند پرونده تقسیم کنید.',
    unsupported: 'این نوع پرونده پذیرفته نیست؛ پرونده‌ای با پسوند csv، geojson، json یا xlsx برگزینید.',
    unreadable: 'پرونده خوانده نشد.',
    refused: (count) => `${count} مشکل پیدا شد؛ هیچ پروژه‌ای وارد نشد.`,
    signedOut: 'نشست شما به پایان رسیده است؛ دوباره وارد حساب خود شوید.',
    forbidden: 'اجازهٔ وارد کردن پروژه را ندارید.',
    tooMany: 'درخواست‌ها بیش از حد است؛ کمی بعد دوباره بکوشید.',
    failed: 'وارد کردن پروژه‌ها انجام نشد.',
    serverSaid: 'پاسخ سرور:',
  },
  reasons: {
    missingTitle: 'عنوان فارسی ندارد؛ هر پروژه باید عنوان فارسی داشته باشد.',
    missing: 'خالی است.',
    unknownSector: (known) => `بخش ناشناخته است؛ بخش‌های شناخته‌شده: ${known}`,
    sectorCode: 'کد بخش درست نیست.',
    unknownStatus: (known) => `وضعیت ناشناخته است؛ وضعیت‌های مجاز: ${known}`,
    notNumber: 'عدد نیست.',
    notDate: 'تاریخ خوانا نیست؛ به شکل ۱۴۰۲/۰۵/۱۲ (خورشیدی) یا 2023-08-03 بنویسید.',
    notSolarHijri: 'تاریخ خورشیدیِ معتبری نیست.',
    notRealDate: 'تاریخ معتبری میان سال‌های ۱۹۰۰ تا ۲۱۹۹ میلادی نیست.',
    notBoolean: 'باید «بله» یا «خیر» باشد (یا yes/no، true/false).',
    swapped: (lat, lng) =>
      `عرض و طول جغرافیایی جابه‌جا نوشته شده‌اند: (عرض ${lat}، طول ${lng}) بیرون از ایران است، ولی با جابه‌جایی درون ایران می‌افتد؛ دو ستون را جابه‌جا کنید.`,
    outsideIran: (lat, lng) => `مختصات (عرض ${lat}، طول ${lng}) بیرون از ایران است.`,
    outsideCounties: (lat, lng) => `مکان (عرض ${lat}، طول ${lng}) در هیچ شهرستانی از ایران نیست.`,
    outsideProvinces: (county, province, allowed) =>
      `این مکان در شهرستان ${county} (${province}) است؛ شما فقط در ${allowed} می‌توانید پروژه بیفزایید.`,
    noProvince: (county, province) =>
      `این مکان در شهرستان ${county} (${province}) است و شما اجازهٔ افزودن پروژه در هیچ استانی را ندارید.`,
    duplicateRow: (row, county) => `تکراری است: همان عنوانِ ردیف ${row} در شهرستان ${county}.`,
    inRegistry: (id, county) =>
      `پروژه‌ای با همین عنوان در شهرستان ${county} از پیش ثبت شده است (پروژهٔ شمارهٔ ${id}).`,
    unknownColumn: (known) => `ستون ناشناخته است؛ ستون‌های پذیرفته: ${known}`,
    requiredColumn: 'این ستونِ لازم در پرونده نیست.',
    noRows: 'پرونده هیچ ردیفی ندارد.',
    fieldCount: (fields, columns) => `${fields} خانه دارد، ولی پرونده ${columns} ستون دارد.`,
    notObject: 'ویژگی‌های (properties) این عارضه باید یک شیء باشد.',
    badCell: 'باید متن، عدد، درست/نادرست یا فهرستی از نام‌ها باشد.',
    badGeometry: 'هندسه باید یک نقطه (Point) با [طول، عرض] باشد.',
    wholeNumber: (min, max) => `باید عدد صحیحی از ${min} تا ${max} باشد.`,
    maxLength: (max) => `حداکثر ${max} نویسه مجاز است.`,
    nonNegative: 'باید عددی بزرگ‌تر از صفر یا برابر با آن باشد.',
    tooLarge: 'بیش از حد بزرگ است.',
    oneOf: (values) => `باید یکی از این‌ها باشد: ${values}`,
    percentage: 'باید درصدی از ۰ تا ۱۰۰ باشد.',
    notEmpty: 'نباید خالی باشد.',
    unitRequired: 'با داشتن مبلغ سرمایه‌گذاری، واحد آن (investment_unit) هم لازم است.',
    endBeforeStart: (end, start) => `تاریخ پایان (${end}) پیش از تاریخ شروع (${start}) است.`,
    solarHijriText: 'باید تاریخ خورشیدی به شکل ۱۴۰۲ یا ۱۴۰۲-۰۵ یا ۱۴۰۲-۰۵-۱۲ باشد.',
  },
};

export const importsEn: ImportMessages = {
  open: 'Import from file',
  title: 'Import projects from a file',
  intro: 'Choose a CSV (UTF-8), GeoJSON or XLSX file of at most 10 MB; each row is one project.',
  requiredColumns: 'Required columns:',
  digitsAndDates:
    'Persian (۱۲۳) and Arabic-Indic (١٢٣) digits and Solar Hijri dates (such as 1402/05/12) are accepted.',
  allOrNothing:
    'Preview checks every row and writes nothing; as long as a single problem remains, no project is imported.',
  file: 'File',
  chooseFile: 'Choose a file…',
  noFile: 'No file chosen',
  note: 'Note (optional)',
  notePlaceholder: 'e.g. projects approved by the provincial planning council',
  preview: 'Preview',
  previewing: 'Checking…',
  commit: (count) => `Import ${count} projects`,
  committing: 'Importing…',
  commitBlocked: 'Correct the problems below in the file, then preview it again before importing.',
  nothingToImport: 'This file has no rows to import.',
  another: 'Import another file',
  summaryRows: 'rows',
  summaryValid: 'valid rows',
  summaryProblems: 'problems',
  noProblems: 'No problems found.',
  problemsTitle: 'Problems',
  problemColumns: { row: 'Row', column: 'Column', reason: 'Problem', value: 'Value' },
  wholeRow: 'whole row',
  truncated: (shown, total) => `Only the first ${shown} of ${total} problems are listed.`,
  sampleTitle: 'Sample of the valid rows',
  sampleMore: (shown, total) => `the first ${shown} of ${total} valid rows`,
  sampleColumns: { row: 'Row', title: 'Title', county: 'County', status: 'Status' },
  imported: (count) => `${count} projects imported.`,
  errors: {
    tooLargeLocal: (size) =>
      `This file is ${size} MB, more than the limit of 10 MB; split it into several files.`,
    tooLarge: 'The file is too large (at most 10 MB and 20,000 rows); split it into several files.',
    unsupported: 'This kind of file cannot be imported; choose a .csv, .geojson, .json or .xlsx file.',
    unreadable: 'The file could not be read.',
    refused: (count) => `${count} problems found; nothing was imported.`,
    signedOut: 'Your session has ended; please sign in again.',
    forbidden: 'You are not allowed to import projects.',
    tooMany: 'Too many requests; please try again shortly.',
    failed: 'The import failed.',
    serverSaid: 'The server said:',
  },
  reasons: {
    missingTitle: 'No Persian title: every project needs one.',
    missing: 'Empty.',
    unknownSector: (known) => `Unknown sector; the sectors are ${known}`,
    sectorCode: 'Not a sector code.',
    unknownStatus: (known) => `Unknown status; the statuses are ${known}`,
    notNumber: 'Not a number.',
    notDate: 'Not a date: write 2023-08-03, or a Solar Hijri date such as 1402/05/12.',
    notSolarHijri: 'Not a real Solar Hijri date.',
    notRealDate: 'Not a real date between 1900 and 2199.',
    notBoolean: 'Must be yes or no (true/false, بله/خیر).',
    swapped: (lat, lng) =>
      `Latitude and longitude look swapped: (lat ${lat}, lng ${lng}) is outside Iran, but swapped it is inside; swap the two columns.`,
    outsideIran: (lat, lng) => `The coordinates (lat ${lat}, lng ${lng}) are outside Iran.`,
    outsideCounties: (lat, lng) => `The location (lat ${lat}, lng ${lng}) is outside every county of Iran.`,
    outsideProvinces: (county, province, allowed) =>
      `The location is in ${county} county (${province}); you may add projects in ${allowed} only.`,
    noProvince: (county, province) =>
      `The location is in ${county} county (${province}), and you may not add projects in any province.`,
    duplicateRow: (row, county) => `Duplicate: the same title as row ${row}, in ${county} county.`,
    inRegistry: (id, county) =>
      `Already in the registry as project ${id} (the same title in ${county} county).`,
    unknownColumn: (known) => `Unknown column; the columns are ${known}`,
    requiredColumn: 'This required column is missing.',
    noRows: 'The file has no rows.',
    fieldCount: (fields, columns) => `${fields} fields, but the file has ${columns} columns.`,
    notObject: "The feature's properties must be an object.",
    badCell: 'Must be text, a number, true/false or a list of names.',
    badGeometry: 'The geometry must be a Point with [longitude, latitude].',
    wholeNumber: (min, max) => `Must be a whole number from ${min} to ${max}.`,
    maxLength: (max) => `At most ${max} characters.`,
    nonNegative: 'Must be a number of 0 or more.',
    tooLarge: 'Too large.',
    oneOf: (values) => `Must be one of ${values}`,
    percentage: 'Must be a percentage from 0 to 100.',
    notEmpty: 'Must not be empty.',
    unitRequired: 'An investment needs its unit (investment_unit).',
    endBeforeStart: (end, start) => `The end date (${end}) is before the start date (${start}).`,
    solarHijriText: 'Must be a Solar Hijri date such as 1402, 1402-05 or 1402-05-12.',
  },
};
