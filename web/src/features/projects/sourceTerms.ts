import type { Lang, Messages } from '../i18n/messages.ts';
import type { ProjectStatus } from './api/types.ts';

/**
 * The source documents of the loaded driver projects (../shared/data/iran/source-documents) are named in
 * English in the data; the Persian UI shows each under its Persian title, as the document itself is
 * headed. A title a planner typed (import, form) is shown as written.
 */
const sourceDocumentsFa: Record<string, string> = {
  'Zanjan resistive-economy headquarters minutes (session 11)':
    'صورت‌جلسهٔ ستاد فرماندهی اقتصاد مقاومتی استان زنجان (جلسهٔ یازدهم)',
  'Kerman resistive-economy headquarters (session 89)':
    'ستاد فرماندهی اقتصاد مقاومتی استان کرمان (جلسهٔ هشتاد و نهم)',
  'Kerman economic patrons programme': 'برنامهٔ معین‌های اقتصادی استان کرمان',
  'Isfahan deputy governor for economic affairs (driver projects)':
    'معاون اقتصادی استانداری اصفهان (پروژه‌های پیشران)',
  'provincial news (construction started)': 'خبر استانی (آغاز ساخت)',
};

export function sourceDocumentTitle(lang: Lang, title: string): string {
  return lang === 'fa' ? (sourceDocumentsFa[title] ?? title) : title;
}

/**
 * The status word of the source document: one of ours in our words, a known other one (the data's
 * «existing») in the timeline's words for it, any other shown as written.
 */
export function sourceStatusText(t: Messages, word: string): string {
  if (word in t.statuses) return t.statuses[word as ProjectStatus];
  return t.timeline.sourceStatuses[word] ?? word;
}
