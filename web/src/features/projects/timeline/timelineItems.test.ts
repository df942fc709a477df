import { describe, expect, it } from 'vitest';
import type { HistoryEvent, ProgressEvent } from './api.ts';
import { latestProgress, timelineItems } from './timelineItems.ts';

const history = (version: number, at: string, extra: Partial<HistoryEvent> = {}): HistoryEvent => ({
  kind: 'history',
  at,
  version,
  action: 'updated',
  actor: 'sara',
  changes: {},
  note: null,
  ...extra,
});
const report = (reported_on: string, at: string, percent: number): ProgressEvent => ({
  kind: 'progress',
  at,
  reported_on,
  percent,
  note: null,
});

describe('timelineItems', () => {
  it('lists newest first and folds the history row a report caused into the report', () => {
    const events = [
      history(1, '2025-05-01T10:00:00.000Z', {
        action: 'created',
        changes: { progress: { old: null, new: 0 } },
      }),
      history(2, '2025-05-21T08:00:00.000Z', {
        action: 'progress',
        changes: { progress: { old: 0, new: 20 } },
      }),
      report('2025-05-21', '2025-05-21T08:00:00.000Z', 20),
      // A late report for an earlier month changes nothing: no history row.
      report('2025-04-21', '2025-05-22T08:00:00.000Z', 10),
      history(3, '2025-05-23T08:00:00.000Z', { changes: { status: { old: 'idea', new: 'study' } } }),
    ];
    const items = timelineItems(events);
    expect(
      items.map((i) => `${i.kind}:${i.kind === 'history' ? i.event.version : i.event.reported_on}`),
    ).toEqual(['history:3', 'progress:2025-04-21', 'progress:2025-05-21', 'history:1']);
    expect(items[2]).toMatchObject({ kind: 'progress', change: { old: 0, new: 20 } });
    expect(items[1]).toMatchObject({ kind: 'progress', change: null });
  });

  it('keeps a progress history row without a matching report as an entry of its own', () => {
    const items = timelineItems([history(2, '2025-05-21T08:00:00.000Z', { action: 'progress' })]);
    expect(items).toEqual([{ kind: 'history', event: expect.objectContaining({ version: 2 }) }]);
  });
});

describe('latestProgress', () => {
  it('takes the newest recorded change of progress, else the fallback', () => {
    const events = [
      history(1, '2025-05-01T10:00:00.000Z', { changes: { progress: { old: null, new: 5 } } }),
      history(2, '2025-05-02T10:00:00.000Z', { changes: { progress: { old: 5, new: 30 } } }),
      history(3, '2025-05-03T10:00:00.000Z', { changes: { title_en: { old: null, new: 'x' } } }),
      report('2025-04-01', '2025-05-04T10:00:00.000Z', 3),
    ];
    expect(latestProgress(events, 99)).toBe(30);
    expect(latestProgress([report('2025-04-01', '2025-05-04T10:00:00.000Z', 3)], 42)).toBe(42);
    expect(
      latestProgress(
        [history(4, '2025-05-03T10:00:00.000Z', { changes: { progress: { old: 5, new: null } } })],
        7,
      ),
    ).toBeNull();
  });
});
