import type { SuggestionStatus } from '@tavazon/contract';

/** Strings of the visitors' suggestions and their moderation. */
export interface SuggestionMessages {
  heading: string;
  none: string;
  anonymous: string;
  reply: string;
  onProject: string;
  formHeading: string;
  formIntro: string;
  text: string;
  remaining: (n: string) => string;
  name: string;
  showName: string;
  nameNote: string;
  point: string;
  pickPoint: string;
  picking: string;
  pointChosen: string;
  clearPoint: string;
  honeypot: string;
  send: string;
  sending: string;
  sent: string;
  another: string;
  exportCsv: string;
  layer: string;
  layerLegend: string;
  queue: string;
  queueIntro: string;
  province: string;
  allProvinces: string;
  status: string;
  statuses: Record<SuggestionStatus, string>;
  allStatuses: string;
  empty: string;
  publish: string;
  reject: string;
  replyAction: string;
  reason: string;
  replyText: string;
  confirm: string;
  cancel: string;
  steps: string;
  stepNames: { publish: string; reject: string; reply: string };
  from: string;
  nameHidden: string;
  about: string;
  count: (n: string) => string;
}

export const suggestionsFa: SuggestionMessages = {
  heading: 'پیشنهادها و نظرهای مردم',
  none: 'هنوز پیشنهادی منتشر نشده است.',
  anonymous: 'بی‌نام',
  reply: 'پاسخ برنامه‌ریزان',
  onProject: 'دربارهٔ پروژهٔ',
  formHeading: 'پیشنهاد یا نظر شما',
  formIntro:
    'بی‌نیاز از ثبت‌نام. پیشنهاد پس از بررسی برنامه‌ریزان منتشر می‌شود؛ نشانی تماس نمی‌خواهیم و هیچ‌گاه نشان نمی‌دهیم.',
  text: 'متن پیشنهاد',
  remaining: (n) => `${n} نویسه مانده`,
  name: 'نام (اختیاری)',
  showName: 'نامم همراه پیشنهاد منتشر شود',
  nameNote: 'بی این گزینه، نام را فقط برنامه‌ریزان می‌بینند.',
  point: 'نقطه روی نقشه (اختیاری)',
  pickPoint: 'انتخاب نقطه روی نقشه',
  picking: 'روی نقشه، درون همین شهرستان، کلیک کنید.',
  pointChosen: 'نقطه انتخاب شد.',
  clearPoint: 'حذف نقطه',
  honeypot: 'این خانه را خالی بگذارید',
  send: 'فرستادن',
  sending: 'در حال فرستادن…',
  sent: 'سپاس! پیشنهاد شما رسید و پس از بررسی منتشر می‌شود.',
  another: 'پیشنهادی دیگر',
  exportCsv: 'فهرست پیشنهادها (CSV)',
  layer: 'شمار پیشنهادها روی نقشه',
  layerLegend: 'شمار پیشنهادهای منتشرشدهٔ هر شهرستان',
  queue: 'بررسی پیشنهادها',
  queueIntro:
    'پیشنهادهای رسیده در استان‌های شما: انتشار، رد با ذکر دلیل، یا پاسخ. هر گام با نام شما و زمانش ثبت می‌شود.',
  province: 'استان',
  allProvinces: 'همهٔ استان‌های من',
  status: 'وضعیت',
  statuses: { pending: 'در انتظار بررسی', published: 'منتشرشده', rejected: 'ردشده' },
  allStatuses: 'همه',
  empty: 'پیشنهادی در این فهرست نیست.',
  publish: 'انتشار',
  reject: 'رد',
  replyAction: 'پاسخ',
  reason: 'دلیل رد',
  replyText: 'متن پاسخ',
  confirm: 'ثبت',
  cancel: 'انصراف',
  steps: 'گام‌های بررسی',
  stepNames: { publish: 'منتشر کرد', reject: 'رد کرد', reply: 'پاسخ داد' },
  from: 'فرستنده',
  nameHidden: 'نام منتشر نمی‌شود',
  about: 'دربارهٔ',
  count: (n) => `${n} پیشنهاد`,
};

export const suggestionsEn: SuggestionMessages = {
  heading: 'Suggestions from the public',
  none: 'No suggestion has been published yet.',
  anonymous: 'Anonymous',
  reply: "Planners' reply",
  onProject: 'On the project',
  formHeading: 'Your suggestion or comment',
  formIntro:
    'No account needed. Planners read it before it is published; we never ask for contact details and never show any.',
  text: 'Your suggestion',
  remaining: (n) => `${n} characters left`,
  name: 'Name (optional)',
  showName: 'Publish my name with it',
  nameNote: 'Without this, only the planners see the name.',
  point: 'A point on the map (optional)',
  pickPoint: 'Pick a point on the map',
  picking: 'Click on the map, inside this county.',
  pointChosen: 'Point chosen.',
  clearPoint: 'Remove the point',
  honeypot: 'Leave this empty',
  send: 'Send',
  sending: 'Sending…',
  sent: 'Thank you! Your suggestion arrived and will be published once read.',
  another: 'Another suggestion',
  exportCsv: 'Suggestions (CSV)',
  layer: 'Suggestions on the map',
  layerLegend: 'Published suggestions per county',
  queue: 'Suggestions to moderate',
  queueIntro:
    'Suggestions sent in your provinces: publish, reject with a reason, or reply. Each step is kept with your name and its time.',
  province: 'Province',
  allProvinces: 'All my provinces',
  status: 'Status',
  statuses: { pending: 'Waiting', published: 'Published', rejected: 'Rejected' },
  allStatuses: 'All',
  empty: 'No suggestion in this list.',
  publish: 'Publish',
  reject: 'Reject',
  replyAction: 'Reply',
  reason: 'Reason',
  replyText: 'Reply',
  confirm: 'Save',
  cancel: 'Cancel',
  steps: 'Moderation steps',
  stepNames: { publish: 'published', reject: 'rejected', reply: 'replied' },
  from: 'From',
  nameHidden: 'name not published',
  about: 'About',
  count: (n) => `${n} suggestions`,
};
