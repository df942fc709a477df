import type { ChangeMode } from './change.ts';

export type DeltaSubject = 'score' | 'indicator';
export const deltaSorts = ['improved', 'name', 'from', 'to', 'change', 'rank'] as const;
export type DeltaSort = (typeof deltaSorts)[number];

/** Indicators over time, as the URL keeps them: the comparison period, the change map, the delta ranking. */
export interface TimeState {
  /** The period compared with the map's (`period`); by default the one before it. */
  base: string | undefined;
  /** The change map is shown (difference or percent change) when set. */
  change: ChangeMode | undefined;
  deltaSubject: DeltaSubject | undefined;
  deltaSort: DeltaSort;
  /** The sort runs the other way: least improved first, Z–A, smallest first. */
  deltaReverse: boolean;
}

export const defaultTimeState: TimeState = {
  base: undefined,
  change: undefined,
  deltaSubject: undefined,
  deltaSort: 'improved',
  deltaReverse: false,
};
