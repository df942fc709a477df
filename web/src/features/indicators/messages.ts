/** Strings of indicators over time: the period control, the change map, estimated values, the delta ranking. */
export interface PeriodMessages {
  periodControl: string;
  /** Said beside the period labels, so a reader of the English UI does not take 1395 for a Gregorian year. */
  calendar: string;
  showChange: string;
  changeFrom: string;
  changeMode: string;
  difference: string;
  percentChange: string;
  changeTitle: (from: string, to: string) => string;
  improved: string;
  worsened: string;
  increase: string;
  decrease: string;
  noChange: string;
  missingEither: string;
  estimatedOutline: string;
  /** The "≈" mark's meaning, for the legend and the panel. */
  estimatedMark: string;
  estimatedPrefix: string;
  /** The parts of a value's `method` (joined by `+` in the API). */
  methods: Record<string, string>;
  exact: string;
  estimated: string;
  methodColumn: string;
  estimatedColumn: string;
  yes: string;
  no: string;
  deltaTitle: string;
  deltaHelp: (from: string, to: string) => string;
  deltaSubject: string;
  subjectScore: string;
  subjectIndicator: (name: string) => string;
  mostImproved: string;
  largestIncrease: string;
  change: string;
  rankChange: string;
  deltaNeedsPeriods: string;
  deltaScoreNeedsPeriods: string;
}

export const periodsFa: PeriodMessages = {
  periodControl: 'دوره',
  calendar: 'سال خورشیدی',
  showChange: 'نقشهٔ تغییر',
  changeFrom: 'از دورهٔ',
  changeMode: 'نوع تغییر',
  difference: 'تفاضل',
  percentChange: 'درصد تغییر',
  changeTitle: (from, to) => `تغییر از ${from} تا ${to}`,
  improved: 'بهتر شده',
  worsened: 'بدتر شده',
  increase: 'افزایش',
  decrease: 'کاهش',
  noChange: 'بدون تغییر',
  missingEither: 'بدون داده در یکی از دو دوره',
  estimatedOutline: 'خط‌چین: مقدار برآوردی (شهرستان تقسیم‌شده)',
  estimatedMark: '≈ یعنی مقدار برآوردی است',
  estimatedPrefix: 'برآورد',
  methods: {
    measured: 'اندازه‌گیری‌شده',
    'same-county': 'همان شهرستان سرشماری',
    'area-share': 'سهم مساحت از شهرستان سرشماری',
    merged: 'جمع چند شهرستان سرشماری',
    lineage: 'شهرستان سال ۱۳۹۰ با نام یا استان دیگر',
    'lineage-share': 'سهم جمعیت ۱۳۹۵ از شهرستان سال ۱۳۹۰',
    'lineage-group': 'نرخ رشد گروه شهرستان‌های جداشده از یک شهرستان سال ۱۳۹۰',
  },
  exact: 'دقیق',
  estimated: 'برآوردی',
  methodColumn: 'روش',
  estimatedColumn: 'برآوردی',
  yes: 'بله',
  no: 'خیر',
  deltaTitle: 'رتبه‌بندی تغییر',
  deltaHelp: (from, to) => `تغییر هر شهرستان از ${from} تا ${to}`,
  deltaSubject: 'تغییرِ',
  subjectScore: 'امتیاز شاخص ترکیبی',
  subjectIndicator: (name) => `شاخص نقشه: ${name}`,
  mostImproved: 'بیشترین بهبود',
  largestIncrease: 'بیشترین افزایش',
  change: 'تغییر',
  rankChange: 'تغییر رتبه',
  deltaNeedsPeriods: 'برای رتبه‌بندی تغییر، شاخص باید دست‌کم دو دوره داشته باشد.',
  deltaScoreNeedsPeriods: 'شاخص‌های ترکیبی دو دورهٔ مشترک ندارند؛ تغییر شاخص نقشه نشان داده می‌شود.',
};

export const periodsEn: PeriodMessages = {
  periodControl: 'Period',
  calendar: 'Solar Hijri',
  showChange: 'Change map',
  changeFrom: 'From',
  changeMode: 'Change as',
  difference: 'Difference',
  percentChange: 'Percent change',
  changeTitle: (from, to) => `Change ${from} → ${to}`,
  improved: 'Improved',
  worsened: 'Worsened',
  increase: 'Increase',
  decrease: 'Decrease',
  noChange: 'No change',
  missingEither: 'No data in one of the two periods',
  estimatedOutline: 'Dashed outline: estimated value (split county)',
  estimatedMark: '≈ marks an estimated value',
  estimatedPrefix: 'Estimated',
  methods: {
    measured: 'measured',
    'same-county': 'same census county',
    'area-share': 'area share of the census county',
    merged: 'sum of several census counties',
    lineage: 'the 1390 county under another name or province',
    'lineage-share': 'share of the 1390 county by 1395 population',
    'lineage-group': 'growth rate of the counties that split from one 1390 county',
  },
  exact: 'Exact',
  estimated: 'Estimated',
  methodColumn: 'Method',
  estimatedColumn: 'Estimated',
  yes: 'yes',
  no: 'no',
  deltaTitle: 'Change ranking',
  deltaHelp: (from, to) => `Each county's change from ${from} to ${to}`,
  deltaSubject: 'Change of',
  subjectScore: 'Composite score',
  subjectIndicator: (name) => `Map indicator: ${name}`,
  mostImproved: 'Most improved',
  largestIncrease: 'Largest increase',
  change: 'Change',
  rankChange: 'Rank change',
  deltaNeedsPeriods: 'The change ranking needs an indicator with at least two periods.',
  deltaScoreNeedsPeriods:
    'The composite’s indicators share no two periods; the change of the map indicator is shown.',
};
