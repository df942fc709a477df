import type { BandPosition, ScenarioAction, ScenarioStatus } from '@tavazon/contract';
import type { WorkspaceMap } from './workspaceState.ts';

/** Strings of the officials' workspace: need against coverage, rank stability, scenarios and approval. */
export interface WorkspaceMessages {
  tab: string;
  title: string;
  intro: string;
  signInNeeded: string;
  scope: string;
  wholeCountry: string;
  criteria: string;
  weighting: string;
  entropy: string;
  given: string;
  method: string;
  topsis: string;
  weightedSum: string;
  direction: string;
  higherBetter: string;
  higherWorse: string;
  pickCriteria: string;
  rankOrder: string;
  weightsUsed: string;
  mapMode: string;
  maps: Record<WorkspaceMap, string>;
  gapTitle: (count: string) => string;
  gapHelp: string;
  belowFirst: string;
  columns: {
    gapRank: string;
    county: string;
    need: string;
    rank: string;
    range: string;
    active: string;
    position: string;
    gap: string;
    contributions: string;
  };
  positions: Record<BandPosition, string>;
  needLevels: Record<1 | 2 | 3, string>;
  bivariateTitle: string;
  bivariateExplain: string;
  bivariateCell: (need: string, position: string) => string;
  bivariateAxisNeed: string;
  bivariateAxisCoverage: string;
  coverageTitle: string;
  coverageNote: (min: string, max: string) => string;
  stabilityTitle: string;
  stabilityNote: (k: string, weightings: string) => string;
  robust: string;
  depends: string;
  notTop: string;
  topShare: (k: string) => string;
  rangeHelp: string;
  computing: string;
  scatterTitle: string;
  scatterX: string;
  scatterY: string;
  scatterHelp: string;
  band: (min: string, max: string) => string;
  setBand: string;
  bandMin: string;
  bandMax: string;
  saveBand: string;
  scenarios: string;
  newScenario: string;
  noScenarios: string;
  statuses: Record<ScenarioStatus, string>;
  actions: Record<ScenarioAction, string>;
  scenarioName: string;
  projects: string;
  addProject: string;
  fillNeediest: string;
  removeProject: string;
  county: string;
  titleFa: string;
  titleEn: string;
  sector: string;
  investment: string;
  jobs: string;
  seed: string;
  saveDraft: string;
  saving: string;
  saved: string;
  submit: string;
  approve: string;
  returnIt: string;
  note: string;
  trail: string;
  stale: string;
  reload: string;
  print: string;
  compareWith: string;
  compareNone: string;
  differing: string;
  noDifference: string;
  figuresTitle: string;
  before: string;
  after: string;
  countsLabel: Record<BandPosition, string>;
  giniActive: string;
  theilActive: string;
  giniInvestment: string;
  theilInvestment: string;
  notMeasurable: string;
  closeScenario: string;
  proposed: string;
  printTitle: string;
  printedOn: (date: string) => string;
  criteriaWeights: string;
  weight: string;
  rankRanges: string;
  proposedProjects: string;
  approvalTrail: string;
  printNow: string;
  otherLanguage: string;
  backToWorkspace: string;
  who: string;
  when: string;
  perCapitaUnit: string;
  billionRials: string;
}

export const workspaceFa: WorkspaceMessages = {
  tab: 'میز کار',
  title: 'گزینش شهرستان‌ها برای پروژه‌های پیشران',
  intro:
    'نیاز هر شهرستان را از شاخص‌های برگزیده بسنجید، با پوشش پروژه‌های پیشران آن در برابر بازهٔ مصوب مقایسه کنید و سناریوی پروژه‌های تازه را برای تصویب بفرستید.',
  signInNeeded: 'میز کار ویژهٔ کارشناسان و مدیران است؛ برای دیدن پوشش پروژه‌ها وارد شوید.',
  scope: 'گستره',
  wholeCountry: 'همهٔ کشور',
  criteria: 'معیارهای نیاز',
  weighting: 'وزن‌دهی',
  entropy: 'آنتروپی (از داده‌ها)',
  given: 'وزن‌های دستی',
  method: 'روش',
  topsis: 'تاپسیس',
  weightedSum: 'جمع وزنی',
  direction: 'جهت',
  higherBetter: 'بیشتر، بهتر',
  higherWorse: 'بیشتر، بدتر',
  pickCriteria: 'دست‌کم یک معیار برگزینید.',
  rankOrder: 'رتبهٔ ۱ = نیازمندترین شهرستان',
  weightsUsed: 'وزن‌های به‌کاررفته',
  mapMode: 'نقشه',
  maps: { gap: 'نیاز در برابر پوشش', coverage: 'پوشش در برابر بازه', stability: 'پایداری رتبه' },
  gapTitle: (count) => `رتبه‌بندی شکاف (${count} شهرستان)`,
  gapHelp:
    'شکاف = صدک نیاز منهای صدک پروژه‌های فعال در هر صد هزار نفر؛ شهرستان‌های زیر بازه نخست آمده‌اند، سپس بزرگ‌ترین شکاف.',
  belowFirst: 'زیر بازه نخست',
  columns: {
    gapRank: 'ردیف',
    county: 'شهرستان',
    need: 'نیاز',
    rank: 'رتبهٔ نیاز',
    range: 'بازهٔ رتبه (۵ تا ۹۵ درصد)',
    active: 'پروژهٔ فعال',
    position: 'در برابر بازه',
    gap: 'شکاف',
    contributions: 'سهم معیارها',
  },
  positions: { below: 'زیر بازه', within: 'درون بازه', above: 'بالای بازه' },
  needLevels: { 1: 'نیاز کم', 2: 'نیاز میانه', 3: 'نیاز زیاد' },
  bivariateTitle: 'نیاز در برابر پوشش',
  bivariateExplain:
    'آبی‌تر یعنی نیاز بیشتر (سه دستهٔ برابر از رتبهٔ نیاز)؛ سرخ‌تر یعنی پروژهٔ فعال کمتر از بازه. تیره‌ترین خانه، نیاز زیاد و زیر بازه، نخستین نامزدهاست.',
  bivariateCell: (need, position) => `${need}، ${position}`,
  bivariateAxisNeed: 'نیاز ↑',
  bivariateAxisCoverage: 'پوشش ←',
  coverageTitle: 'پوشش پروژه‌های پیشران',
  coverageNote: (min, max) => `پروژه‌های فعال (نه لغوشده و نه بایگانی‌شده) در برابر بازهٔ ${min} تا ${max}`,
  stabilityTitle: 'پایداری رتبه',
  stabilityNote: (k, weightings) =>
    `در ${weightings} وزن‌دهی دیگر (قرعه‌های دیریکله و حذف هر معیار) آیا شهرستان میان ${k} نیازمندترین می‌ماند؟`,
  robust: 'نیازمند، هر وزنی که باشد',
  depends: 'بسته به وزن‌ها',
  notTop: 'بیرون از نیازمندترین‌ها',
  topShare: (k) => `سهم حضور در ${k} نخست`,
  rangeHelp: 'نوار، بازهٔ رتبه از صدک ۵ تا ۹۵ در وزن‌دهی‌های دیگر است؛ نقطه، رتبه با وزن‌های برگزیده.',
  computing: 'در حال محاسبه…',
  scatterTitle: 'نیاز در برابر پروژه‌های فعال',
  scatterX: 'نیاز',
  scatterY: 'پروژهٔ فعال در هر صد هزار نفر',
  scatterHelp: 'با بردن نشانگر روی یک نقطه، شهرستان آن روی نقشه و در جدول برجسته می‌شود.',
  band: (min, max) => `بازهٔ مصوب: ${min} تا ${max} پروژه در هر شهرستان`,
  setBand: 'تغییر بازهٔ استان',
  bandMin: 'کمینه',
  bandMax: 'بیشینه',
  saveBand: 'ذخیرهٔ بازه',
  scenarios: 'سناریوها',
  newScenario: 'سناریوی تازه',
  noScenarios: 'هنوز سناریویی برای این استان نیست.',
  statuses: {
    draft: 'پیش‌نویس',
    submitted: 'ارسال‌شده برای تصویب',
    approved: 'تصویب‌شده',
    returned: 'برگشت‌خورده',
  },
  actions: {
    created: 'ایجاد',
    edited: 'ویرایش',
    submitted: 'ارسال برای تصویب',
    approved: 'تصویب',
    returned: 'برگشت',
  },
  scenarioName: 'نام سناریو',
  projects: 'پروژه‌های پیشنهادی',
  addProject: 'افزودن پروژه',
  fillNeediest: 'یک پروژه در هر یک از سه شهرستان نیازمندتر',
  removeProject: 'حذف',
  county: 'شهرستان',
  titleFa: 'عنوان',
  titleEn: 'عنوان انگلیسی',
  sector: 'بخش',
  investment: 'سرمایه‌گذاری (میلیارد ریال)',
  jobs: 'اشتغال پیش‌بینی‌شده',
  seed: 'بذر تصادفی',
  saveDraft: 'ذخیرهٔ پیش‌نویس',
  saving: 'در حال ذخیره…',
  saved: 'ذخیره شد.',
  submit: 'ارسال برای تصویب',
  approve: 'تصویب',
  returnIt: 'برگرداندن با یادداشت',
  note: 'یادداشت',
  trail: 'گردش کار',
  stale: 'کس دیگری در این میان سناریو را تغییر داده است.',
  reload: 'بارگذاری دوباره',
  print: 'نسخهٔ چاپی',
  compareWith: 'مقایسه با',
  compareNone: 'بدون مقایسه',
  differing: 'شهرستان‌هایی که دو سناریو در آن‌ها فرق دارند',
  noDifference: 'دو سناریو در همهٔ شهرستان‌ها یکسان‌اند.',
  figuresTitle: 'پیش و پس از سناریو',
  before: 'اکنون',
  after: 'با سناریو',
  countsLabel: { below: 'شهرستان زیر بازه', within: 'شهرستان درون بازه', above: 'شهرستان بالای بازه' },
  giniActive: 'ضریب جینی پروژه در هر صد هزار نفر',
  theilActive: 'شاخص تایل پروژه در هر صد هزار نفر',
  giniInvestment: 'ضریب جینی سرمایه‌گذاری سرانه',
  theilInvestment: 'شاخص تایل سرمایه‌گذاری سرانه',
  notMeasurable: 'ناسنجیدنی (همه صفر)',
  closeScenario: 'بستن سناریو',
  proposed: 'پیشنهادی',
  printTitle: 'سناریوی پروژه‌های پیشران',
  printedOn: (date) => `تاریخ چاپ: ${date}`,
  criteriaWeights: 'معیارها و وزن‌ها',
  weight: 'وزن',
  rankRanges: 'رتبه و بازهٔ رتبه',
  proposedProjects: 'پروژه‌های پیشنهادی',
  approvalTrail: 'گردش تصویب',
  printNow: 'چاپ',
  otherLanguage: 'English',
  backToWorkspace: 'بازگشت به میز کار',
  who: 'کاربر',
  when: 'زمان',
  perCapitaUnit: 'ریال برای هر نفر',
  billionRials: 'میلیارد ریال',
};

export const workspaceEn: WorkspaceMessages = {
  tab: 'Workspace',
  title: 'Choosing counties for driver projects',
  intro:
    "Measure each county's need from chosen indicators, set it against its driver projects and the band, and send a scenario of new projects for approval.",
  signInNeeded: 'The workspace is for officials: sign in to see the coverage of projects.',
  scope: 'Scope',
  wholeCountry: 'Whole country',
  criteria: 'Need criteria',
  weighting: 'Weighting',
  entropy: 'Entropy (from the data)',
  given: 'Typed weights',
  method: 'Method',
  topsis: 'TOPSIS',
  weightedSum: 'Weighted sum',
  direction: 'Direction',
  higherBetter: 'higher is better',
  higherWorse: 'higher is worse',
  pickCriteria: 'Choose at least one criterion.',
  rankOrder: 'rank 1 = most in need',
  weightsUsed: 'Weights used',
  mapMode: 'Map',
  maps: { gap: 'Need against coverage', coverage: 'Coverage against the band', stability: 'Rank stability' },
  gapTitle: (count) => `Ranked by gap (${count} counties)`,
  gapHelp:
    'Gap = need percentile minus the percentile of active projects per 100,000 people; counties below the band come first, then the largest gap.',
  belowFirst: 'Below the band first',
  columns: {
    gapRank: '#',
    county: 'County',
    need: 'Need',
    rank: 'Need rank',
    range: 'Rank range (5–95 %)',
    active: 'Active projects',
    position: 'Against the band',
    gap: 'Gap',
    contributions: 'Criteria',
  },
  positions: { below: 'below the band', within: 'within the band', above: 'above the band' },
  needLevels: { 1: 'low need', 2: 'medium need', 3: 'high need' },
  bivariateTitle: 'Need against coverage',
  bivariateExplain:
    'Bluer is more need (thirds of the need rank); redder is fewer active projects than the band. The darkest cell, high need below the band, holds the first candidates.',
  bivariateCell: (need, position) => `${need}, ${position}`,
  bivariateAxisNeed: 'need ↑',
  bivariateAxisCoverage: 'coverage →',
  coverageTitle: 'Coverage of driver projects',
  coverageNote: (min, max) =>
    `Active projects (neither cancelled nor archived) against the band ${min}–${max}`,
  stabilityTitle: 'Rank stability',
  stabilityNote: (k, weightings) =>
    `Over ${weightings} other weightings (Dirichlet draws and each criterion left out), does the county stay among the ${k} neediest?`,
  robust: 'In need whatever the weights',
  depends: 'Depends on the weights',
  notTop: 'Not among the neediest',
  topShare: (k) => `Share in the top ${k}`,
  rangeHelp:
    'The bar is the rank range from the 5th to the 95th percentile under other weightings; the dot is the rank with the chosen weights.',
  computing: 'Computing…',
  scatterTitle: 'Need against active projects',
  scatterX: 'Need',
  scatterY: 'Active projects per 100,000 people',
  scatterHelp: 'Point at a dot to highlight its county on the map and in the table.',
  band: (min, max) => `Band: ${min} to ${max} projects per county`,
  setBand: "Change the province's band",
  bandMin: 'Minimum',
  bandMax: 'Maximum',
  saveBand: 'Save the band',
  scenarios: 'Scenarios',
  newScenario: 'New scenario',
  noScenarios: 'No scenario for this province yet.',
  statuses: {
    draft: 'Draft',
    submitted: 'Submitted for approval',
    approved: 'Approved',
    returned: 'Returned',
  },
  actions: {
    created: 'Created',
    edited: 'Edited',
    submitted: 'Submitted',
    approved: 'Approved',
    returned: 'Returned',
  },
  scenarioName: 'Scenario name',
  projects: 'Proposed projects',
  addProject: 'Add a project',
  fillNeediest: 'One project in each of the three neediest counties',
  removeProject: 'Remove',
  county: 'County',
  titleFa: 'Title (Persian)',
  titleEn: 'Title (English)',
  sector: 'Sector',
  investment: 'Investment (billion rials)',
  jobs: 'Expected jobs',
  seed: 'Random seed',
  saveDraft: 'Save draft',
  saving: 'Saving…',
  saved: 'Saved.',
  submit: 'Submit for approval',
  approve: 'Approve',
  returnIt: 'Return with a note',
  note: 'Note',
  trail: 'Trail',
  stale: 'Someone else changed the scenario meanwhile.',
  reload: 'Reload',
  print: 'Printable page',
  compareWith: 'Compare with',
  compareNone: 'No comparison',
  differing: 'Counties where the two scenarios differ',
  noDifference: 'The two scenarios propose the same in every county.',
  figuresTitle: 'Before and after',
  before: 'Now',
  after: 'With the scenario',
  countsLabel: {
    below: 'counties below the band',
    within: 'counties within the band',
    above: 'counties above the band',
  },
  giniActive: 'Gini of projects per 100,000 people',
  theilActive: 'Theil of projects per 100,000 people',
  giniInvestment: 'Gini of investment per capita',
  theilInvestment: 'Theil of investment per capita',
  notMeasurable: 'not measurable (all 0)',
  closeScenario: 'Close the scenario',
  proposed: 'proposed',
  printTitle: 'Scenario of driver projects',
  printedOn: (date) => `Printed on ${date}`,
  criteriaWeights: 'Criteria and weights',
  weight: 'Weight',
  rankRanges: 'Ranks and rank ranges',
  proposedProjects: 'Proposed projects',
  approvalTrail: 'Approval trail',
  printNow: 'Print',
  otherLanguage: 'فارسی',
  backToWorkspace: 'Back to the workspace',
  who: 'User',
  when: 'When',
  perCapitaUnit: 'rials per person',
  billionRials: 'billion rials',
};
