/** Strings of the planners' own indicators (define, upload values, delete). */
export interface OwnIndicatorMessages {
  title: string;
  newIndicator: string;
  uploadValues: string;
  deleteIndicator: string;
  confirmDelete: (name: string) => string;
  formTitle: string;
  uploadTitle: (name: string) => string;
  fields: {
    code: string;
    codeHint: string;
    name_fa: string;
    name_en: string;
    unit: string;
    unitHint: string;
    polarity: string;
    aggregation: string;
    weight: string;
    description: string;
    formula: string;
    source: string;
    licence: string;
    boundarySet: string;
    decimals: string;
  };
  polarities: { higher_better: string; higher_worse: string; neutral: string };
  aggregations: { sum: string; weighted_mean: string };
  create: string;
  creating: string;
  uploadHelp: string;
  file: string;
  chooseFile: string;
  noFile: string;
  preview: string;
  previewing: string;
  commit: (count: string) => string;
  committing: string;
  commitBlocked: string;
  periodsTitle: string;
  periodColumns: { period: string; counties: string; replaces: string };
  committed: (count: string, periods: string) => string;
  failed: string;
}

export const ownIndicatorsFa: OwnIndicatorMessages = {
  title: 'شاخص‌های خودتان',
  newIndicator: 'شاخص تازه',
  uploadValues: 'بارگذاری مقادیر',
  deleteIndicator: 'حذف شاخص',
  confirmDelete: (name) => `شاخص «${name}» با همهٔ مقادیرش حذف شود؟`,
  formTitle: 'تعریف شاخص تازه',
  uploadTitle: (name) => `بارگذاری مقادیر «${name}»`,
  fields: {
    code: 'کد (حروف کوچک لاتین، رقم و _)',
    codeHint: 'مانند health_centres',
    name_fa: 'نام فارسی',
    name_en: 'نام انگلیسی',
    unit: 'واحد',
    unitHint: 'برای درصد، «%» بنویسید',
    polarity: 'جهت',
    aggregation: 'تجمیع به مناطق',
    weight: 'وزن میانگین',
    description: 'شرح یا فرمول',
    formula: 'فرمول',
    source: 'منبع',
    licence: 'مجوز',
    boundarySet: 'مرزبندی',
    decimals: 'رقم‌های اعشار',
  },
  polarities: { higher_better: 'بیشتر، بهتر', higher_worse: 'بیشتر، بدتر', neutral: 'خنثی' },
  aggregations: { sum: 'جمع', weighted_mean: 'میانگین وزنی' },
  create: 'ساختن شاخص',
  creating: 'در حال ساختن…',
  uploadHelp:
    'پرونده‌ای با قالب سی‌اس‌وی یا اکسل با سه ستون «شهرستان»، «دوره» و «مقدار»؛ هر ردیف یک شهرستان در یک دوره. شهرستان با کد یا نام فارسی یا انگلیسی؛ دوره یک سال (۱۴۰۲) یا سال و ماه خورشیدی (\u2066۱۴۰۲-۰۷\u2069). بارگذاری دوبارهٔ یک دوره جای مقادیر پیشین را می‌گیرد و آن‌ها در تاریخچه می‌مانند.',
  file: 'پرونده',
  chooseFile: 'گزینش پرونده',
  noFile: 'پرونده‌ای گزینش نشده است',
  preview: 'پیش‌نمایش',
  previewing: 'در حال بررسی…',
  commit: (count) => `ثبت ${count} مقدار`,
  committing: 'در حال ثبت…',
  commitBlocked: 'تا هر مشکلی برطرف نشود، چیزی ثبت نمی‌شود؛ پرونده را درست کنید و دوباره بفرستید.',
  periodsTitle: 'دوره‌ها',
  periodColumns: { period: 'دوره', counties: 'شهرستان‌ها', replaces: 'جایگزینِ مقادیر پیشین' },
  committed: (count, periods) => `${count} مقدار برای دوره‌های ${periods} ثبت شد.`,
  failed: 'کار انجام نشد.',
};

export const ownIndicatorsEn: OwnIndicatorMessages = {
  title: 'Your own indicators',
  newIndicator: 'New indicator',
  uploadValues: 'Upload values',
  deleteIndicator: 'Delete indicator',
  confirmDelete: (name) => `Delete the indicator “${name}” with all its values?`,
  formTitle: 'Define a new indicator',
  uploadTitle: (name) => `Upload values of “${name}”`,
  fields: {
    code: 'Code (lower-case letters, digits and _)',
    codeHint: 'such as health_centres',
    name_fa: 'Persian name',
    name_en: 'English name',
    unit: 'Unit',
    unitHint: 'write % for a percentage',
    polarity: 'Polarity',
    aggregation: 'Aggregation to regions',
    weight: 'Weight of the mean',
    description: 'Description or formula',
    formula: 'Formula',
    source: 'Source',
    licence: 'Licence',
    boundarySet: 'Boundaries',
    decimals: 'Decimals',
  },
  polarities: { higher_better: 'Higher is better', higher_worse: 'Higher is worse', neutral: 'Neutral' },
  aggregations: { sum: 'Sum', weighted_mean: 'Weighted mean' },
  create: 'Create indicator',
  creating: 'Creating…',
  uploadHelp:
    'A CSV or XLSX file with three columns, county, period and value; one row per county and period. The county by code or Persian or English name; the period a year (1402) or a Solar Hijri year-month (1402-07). Uploading a period again replaces its values and keeps the earlier ones in the history.',
  file: 'File',
  chooseFile: 'Choose a file',
  noFile: 'No file chosen',
  preview: 'Preview',
  previewing: 'Checking…',
  commit: (count) => `Save ${count} values`,
  committing: 'Saving…',
  commitBlocked: 'Nothing is saved until every problem is fixed; correct the file and send it again.',
  periodsTitle: 'Periods',
  periodColumns: { period: 'Period', counties: 'Counties', replaces: 'Replaces earlier values' },
  committed: (count, periods) => `${count} values saved for ${periods}.`,
  failed: 'That did not work.',
};
