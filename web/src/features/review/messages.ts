import type { DecisionStatus } from '@tavazon/contract';
import type { Lang } from '../i18n/messages.ts';

// The words of the review board, meetings and the county briefing, in both languages.

export interface ReviewMessages {
  nav: string;
  title: string;
  province: string;
  month: string;
  previousMonth: string;
  nextMonth: string;
  show: string;
  monthHint: string;
  today: (day: string) => string;
  counties: string;
  county: string;
  projects: string;
  project: string;
  status: string;
  progress: string;
  previous: string;
  reported: string;
  reportIn: string;
  reportMissing: string;
  lastReport: string;
  never: string;
  stalled: string;
  noStalled: string;
  band: (min: string, max: string) => string;
  bandStatus: { below: string; within: string; above: string };
  outsideBand: string;
  allWithin: string;
  due: string;
  noDue: string;
  overdue: string;
  overdueByOrganisation: string;
  noOverdue: string;
  meetings: string;
  noMeetings: string;
  newMeeting: string;
  briefing: string;
  decisions: (n: string) => string;
  // The meeting form
  heldOn: string;
  dayHint: string;
  body: string;
  bodyPlaceholder: string;
  meetingTitle: string;
  notes: string;
  present: string;
  absent: string;
  agendaProjects: string;
  agendaCounties: string;
  decision: string;
  decisionNumber: string;
  decisionText: string;
  executing: string;
  supporting: string;
  deadline: string;
  linkedProjects: string;
  addDecision: string;
  removeDecision: string;
  saveMeeting: string;
  saving: string;
  cancel: string;
  needExecuting: string;
  // A meeting and its decisions
  meeting: string;
  decisionStatus: Record<DecisionStatus, string>;
  overdueMark: string;
  markDone: string;
  reopen: string;
  followUp: string;
  saveFollowUp: string;
  doneOn: (day: string) => string;
  history: string;
  changeBy: (who: string, when: string) => string;
  actions: { created: string; updated: string; deleted: string };
  backToBoard: string;
  stale: string;
  reload: string;
  // The briefing
  briefingTitle: (county: string) => string;
  briefingDate: (day: string) => string;
  print: string;
  inEnglish: string;
  inPersian: string;
  indicators: string;
  indicator: string;
  value: string;
  provinceRank: string;
  nationalRank: string;
  percentile: string;
  rankOf: (rank: string, count: string) => string;
  estimated: string;
  estimatedNote: string;
  coverage: (count: string, min: string, max: string) => string;
  openDecisions: string;
  noOpenDecisions: string;
  patrons: string;
  noPatrons: string;
  noProjects: string;
  progressLine: string;
  mapLabel: (county: string) => string;
  signInFirst: string;
  loading: string;
  percent: (n: string) => string;
}

const fa: ReviewMessages = {
  nav: 'پایش ماهانه',
  title: 'میز پایش ماهانهٔ پروژه‌های پیشران',
  province: 'استان',
  month: 'ماه (خورشیدی)',
  previousMonth: 'ماه پیش',
  nextMonth: 'ماه بعد',
  show: 'نمایش',
  monthHint: 'مانند ۱۴۰۳-۰۷',
  today: (day) => `امروز: ${day}`,
  counties: 'شهرستان‌ها و پروژه‌های پیشران',
  county: 'شهرستان',
  projects: 'پروژه‌ها',
  project: 'پروژه',
  status: 'وضعیت',
  progress: 'پیشرفت این ماه',
  previous: 'ماه پیش',
  reported: 'گزارش ماه',
  reportIn: 'رسیده',
  reportMissing: 'نرسیده',
  lastReport: 'آخرین گزارش',
  never: 'هرگز',
  stalled: 'پروژه‌های متوقف (دو ماه یا بیشتر بی‌گزارش)',
  noStalled: 'پروژهٔ متوقفی نیست.',
  band: (min, max) => `بازهٔ ${min} تا ${max} پروژه در هر شهرستان`,
  bandStatus: { below: 'کمتر از بازه', within: 'در بازه', above: 'بیشتر از بازه' },
  outsideBand: 'شهرستان‌های بیرون از بازه',
  allWithin: 'همهٔ شهرستان‌ها در بازه‌اند.',
  due: 'مصوبه‌های سررسید این ماه',
  noDue: 'مصوبه‌ای در این ماه سررسید نمی‌شود.',
  overdue: 'مصوبه‌های گذشته از مهلت',
  overdueByOrganisation: 'گذشته از مهلت، به تفکیک دستگاه مجری',
  noOverdue: 'مصوبه‌ای از مهلت نگذشته است.',
  meetings: 'جلسه‌های این ماه',
  noMeetings: 'جلسه‌ای در این ماه ثبت نشده است.',
  newMeeting: 'ثبت جلسهٔ تازه',
  briefing: 'گزارش شهرستان',
  decisions: (n) => `${n} مصوبه`,
  heldOn: 'تاریخ جلسه',
  dayHint: 'مانند ۱۳۹۸/۰۷/۱۷',
  body: 'مرجع برگزاری',
  bodyPlaceholder: 'مانند شورای برنامه‌ریزی و توسعهٔ استان',
  meetingTitle: 'موضوع جلسه',
  notes: 'یادداشت',
  present: 'دستگاه‌های حاضر',
  absent: 'دستگاه‌های غایب',
  agendaProjects: 'پروژه‌های دستور جلسه',
  agendaCounties: 'شهرستان‌های دستور جلسه',
  decision: 'مصوبه',
  decisionNumber: 'شماره',
  decisionText: 'متن مصوبه',
  executing: 'دستگاه مجری',
  supporting: 'دستگاه‌های همکار',
  deadline: 'مهلت',
  linkedProjects: 'پروژه‌های مرتبط',
  addDecision: 'افزودن مصوبه',
  removeDecision: 'حذف این مصوبه',
  saveMeeting: 'ثبت جلسه',
  saving: 'در حال ثبت…',
  cancel: 'انصراف',
  needExecuting: 'هر مصوبه یک دستگاه مجری می‌خواهد.',
  meeting: 'جلسه',
  decisionStatus: { open: 'باز', done: 'انجام‌شده' },
  overdueMark: 'گذشته از مهلت',
  markDone: 'انجام شد',
  reopen: 'بازگشایی',
  followUp: 'یادداشت پیگیری',
  saveFollowUp: 'ذخیرهٔ یادداشت',
  doneOn: (day) => `انجام‌شده در ${day}`,
  history: 'تاریخچهٔ تغییرات',
  changeBy: (who, when) => `${who} · ${when}`,
  actions: { created: 'ایجاد', updated: 'ویرایش', deleted: 'حذف' },
  backToBoard: 'بازگشت به میز پایش',
  stale: 'دیگری این مصوبه را در این میان تغییر داده است.',
  reload: 'بارگیری دوباره',
  briefingTitle: (county) => `گزارش شهرستان ${county} برای جلسهٔ استاندار`,
  briefingDate: (day) => `تاریخ: ${day}`,
  print: 'چاپ',
  inEnglish: 'English',
  inPersian: 'فارسی',
  indicators: 'شاخص‌ها',
  indicator: 'شاخص',
  value: 'مقدار',
  provinceRank: 'رتبه و صدک در استان',
  nationalRank: 'رتبه و صدک در کشور',
  percentile: 'صدک',
  rankOf: (rank, count) => `${rank} از ${count}`,
  estimated: '≈',
  estimatedNote: '≈ برآوردی است (از مرزهای سرشماری به مرزهای کنونی برده شده).',
  coverage: (count, min, max) => `${count} پروژهٔ پیشران (بازهٔ ${min} تا ${max})`,
  openDecisions: 'مصوبه‌های باز',
  noOpenDecisions: 'مصوبهٔ بازی نیست.',
  patrons: 'معین‌های اقتصادی',
  noPatrons: 'معین اقتصادی ثبت نشده است.',
  noProjects: 'پروژه‌ای ثبت نشده است.',
  progressLine: 'روند پیشرفت',
  mapLabel: (county) => `نقشهٔ شهرستان ${county} و پروژه‌های آن`,
  signInFirst: 'این صفحه برای کارشناسان است؛ نخست وارد شوید.',
  loading: 'در حال بارگیری…',
  percent: (n) => `${n}٪`,
};

const en: ReviewMessages = {
  nav: 'Monthly review',
  title: 'Monthly review of the driver projects',
  province: 'Province',
  month: 'Month (Solar Hijri)',
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  show: 'Show',
  monthHint: 'such as 1403-07',
  today: (day) => `Today: ${day}`,
  counties: 'Counties and their driver projects',
  county: 'County',
  projects: 'Projects',
  project: 'Project',
  status: 'Status',
  progress: 'Progress this month',
  previous: 'Last month',
  reported: "Month's report",
  reportIn: 'in',
  reportMissing: 'missing',
  lastReport: 'Last report',
  never: 'never',
  stalled: 'Stalled projects (no report for two months or more)',
  noStalled: 'No project is stalled.',
  band: (min, max) => `Band of ${min} to ${max} projects per county`,
  bandStatus: { below: 'below the band', within: 'within the band', above: 'above the band' },
  outsideBand: 'Counties outside the band',
  allWithin: 'Every county is within the band.',
  due: 'Decisions due this month',
  noDue: 'No decision falls due this month.',
  overdue: 'Overdue decisions',
  overdueByOrganisation: 'Overdue, by executing organisation',
  noOverdue: 'No decision is overdue.',
  meetings: "This month's meetings",
  noMeetings: 'No meeting recorded this month.',
  newMeeting: 'Record a meeting',
  briefing: 'County briefing',
  decisions: (n) => `${n} decisions`,
  heldOn: 'Day of the meeting',
  dayHint: 'such as 1398/07/17',
  body: 'Held by',
  bodyPlaceholder: 'such as the provincial planning council',
  meetingTitle: 'Subject',
  notes: 'Notes',
  present: 'Organisations present',
  absent: 'Organisations absent',
  agendaProjects: 'Projects on the agenda',
  agendaCounties: 'Counties on the agenda',
  decision: 'Decision',
  decisionNumber: 'Number',
  decisionText: 'Text of the decision',
  executing: 'Executing organisation',
  supporting: 'Supporting organisations',
  deadline: 'Deadline',
  linkedProjects: 'Linked projects',
  addDecision: 'Add a decision',
  removeDecision: 'Remove this decision',
  saveMeeting: 'Record the meeting',
  saving: 'Saving…',
  cancel: 'Cancel',
  needExecuting: 'Every decision needs one executing organisation.',
  meeting: 'Meeting',
  decisionStatus: { open: 'open', done: 'done' },
  overdueMark: 'overdue',
  markDone: 'Mark done',
  reopen: 'Reopen',
  followUp: 'Follow-up notes',
  saveFollowUp: 'Save the notes',
  doneOn: (day) => `done on ${day}`,
  history: 'History of changes',
  changeBy: (who, when) => `${who} · ${when}`,
  actions: { created: 'created', updated: 'edited', deleted: 'deleted' },
  backToBoard: 'Back to the review board',
  stale: 'Someone else changed this decision meanwhile.',
  reload: 'Reload',
  briefingTitle: (county) => `Briefing on ${county} county for the governor's meeting`,
  briefingDate: (day) => `Date: ${day}`,
  print: 'Print',
  inEnglish: 'English',
  inPersian: 'فارسی',
  indicators: 'Indicators',
  indicator: 'Indicator',
  value: 'Value',
  provinceRank: 'Rank and percentile in the province',
  nationalRank: 'Rank and percentile in Iran',
  percentile: 'Percentile',
  rankOf: (rank, count) => `${rank} of ${count}`,
  estimated: '≈',
  estimatedNote: '≈ estimated (carried from the census boundaries to the current ones).',
  coverage: (count, min, max) => `${count} driver projects (band ${min} to ${max})`,
  openDecisions: 'Open decisions',
  noOpenDecisions: 'No open decision.',
  patrons: 'Economic patrons',
  noPatrons: 'No economic patron recorded.',
  noProjects: 'No project recorded.',
  progressLine: 'Progress',
  mapLabel: (county) => `Map of ${county} county and its projects`,
  signInFirst: 'This page is for officials: sign in first.',
  loading: 'Loading…',
  percent: (n) => `${n}%`,
};

export const reviewMessages: Record<Lang, ReviewMessages> = { fa, en };
