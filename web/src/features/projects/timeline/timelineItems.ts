import type { HistoryEvent, ProgressEvent, TimelineEvent } from './api.ts';

export interface HistoryItem {
  kind: 'history';
  event: HistoryEvent;
}

export interface ProgressItem {
  kind: 'progress';
  event: ProgressEvent;
  /** How the report moved the project's progress (signed-in users; null when a later report stands). */
  change: { old: unknown; new: unknown } | null;
}

export type TimelineItem = HistoryItem | ProgressItem;

/**
 * The events as shown: newest first, since someone monitoring a project wants what happened lately, and
 * the report they just added then appears right under the form. A report and the history row it caused
 * (action `progress`, recorded in the same transaction, so at the same instant) are one thing to the
 * reader: the row is folded into the report instead of repeating its note (or the server's English
 * default note) as a second entry.
 */
export function timelineItems(events: TimelineEvent[]): TimelineItem[] {
  const reports = events.filter((e): e is ProgressEvent => e.kind === 'progress');
  const folded = new Map<ProgressEvent, HistoryEvent>();
  const items: TimelineItem[] = [];
  for (const event of events) {
    if (event.kind === 'progress') continue;
    if (event.action === 'progress') {
      const at = Date.parse(event.at);
      const report = reports.find((r) => !folded.has(r) && Date.parse(r.at) === at);
      if (report) {
        folded.set(report, event);
        continue;
      }
    }
    items.push({ kind: 'history', event });
  }
  for (const event of reports)
    items.push({ kind: 'progress', event, change: folded.get(event)?.changes.progress ?? null });
  // Stable: events recorded at the same instant keep the server's order (history before its report).
  const order = new Map(events.map((e, i) => [e, i]));
  return items
    .map((item) => ({ item, at: Date.parse(item.event.at), i: order.get(item.event) ?? 0 }))
    .sort((a, b) => b.at - a.at || b.i - a.i)
    .map(({ item }) => item);
}

/**
 * The project's progress as of the newest recorded change. The history knows it for signed-in users
 * (whatever set it: an edit or a report); visitors see no history, so the project's own field is used.
 */
export function latestProgress(events: TimelineEvent[], fallback: number | null): number | null {
  let latest: number | null | undefined;
  let version = 0;
  for (const e of events) {
    if (e.kind !== 'history' || !('progress' in e.changes) || e.version < version) continue;
    version = e.version;
    const value = e.changes.progress?.new;
    latest = typeof value === 'number' ? value : null;
  }
  return latest === undefined ? fallback : latest;
}
