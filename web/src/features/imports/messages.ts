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
};
