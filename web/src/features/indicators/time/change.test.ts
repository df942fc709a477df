import { describe, expect, it } from 'vitest';
import { periodsEn, periodsFa } from '../messages.ts';
import { changeOf, countyChanges, type PeriodValue } from './change.ts';
import { classifyChange } from './diverging.ts';
import { basePeriod, commonPeriods, orderedPair, periodLabel } from './periods.ts';
import { methodNote } from './provenance.ts';

const v = (value: number, estimated = false): PeriodValue => ({ value, estimated, method: 'same-county' });

describe('changes between two periods', () => {
  it('gives the difference, the percent change, and none when either period or the base is missing', () => {
    expect(changeOf(200, 250, 'diff')).toBe(50);
    expect(changeOf(200, 250, 'pct')).toBe(25);
    expect(changeOf(-10, -5, 'pct')).toBe(50);
    expect(changeOf(0, 5, 'pct')).toBeNull();
    const rows = countyChanges(
      ['a', 'b', 'c'],
      new Map([
        ['a', v(10)],
        ['b', v(10, true)],
      ]),
      new Map([
        ['a', v(8)],
        ['b', v(12)],
        ['c', v(1)],
      ]),
      'diff',
      'higher_worse',
    );
    expect(rows.map((r) => r.change)).toEqual([-2, 2, null]);
    // Lower is better: a fall is an improvement.
    expect(rows.map((r) => r.improvement)).toEqual([2, -2, null]);
    expect(rows.map((r) => r.estimated)).toEqual([false, true, false]);
  });
});

describe('diverging classes centred on 0', () => {
  it('cuts each side at its own quantiles and keeps 0 as a break', () => {
    const values = [-9, -3, -1, 0, 1, 2, 3, 4, 5, 6, null];
    const { classes, classIndex, missing } = classifyChange(values, 'higher_better');
    expect(missing).toBe(1);
    expect(classes.every((c) => (c.side === 'worse' ? c.to < 0 : c.from >= 0))).toBe(true);
    expect(classes.filter((c) => c.side === 'none')).toHaveLength(1);
    expect(classes.reduce((s, c) => s + c.count, 0)).toBe(10);
    // Every value falls in a class on its own side of 0.
    for (const [i, value] of values.entries()) {
      const c = classIndex[i];
      if (value === null) expect(c).toBeNull();
      else {
        const cls = classes[c!]!;
        expect(value).toBeGreaterThanOrEqual(cls.from);
        expect(value).toBeLessThanOrEqual(cls.to);
      }
    }
  });

  it('turns the colours with polarity, so blue is always the improvement', () => {
    const blue = [33, 102, 172];
    const rise = classifyChange([-5, 5], 'higher_better');
    expect(rise.classes.at(-1)?.side).toBe('better');
    const fall = classifyChange([-5, 5], 'higher_worse');
    expect(fall.classes[0]?.side).toBe('better');
    expect(fall.classes.at(-1)?.side).toBe('worse');
    expect(classifyChange([-1, -2, -3, 1, 2, 3], 'higher_better').classes.at(-1)?.colour).toEqual(blue);
    expect(classifyChange([-1, -2, -3, 1, 2, 3], 'higher_worse').classes[0]?.colour).toEqual(blue);
  });
});

describe('periods', () => {
  it('labels Solar Hijri periods in Persian digits and picks the comparison period', () => {
    expect(periodLabel('fa', '1395')).toBe('۱۳۹۵');
    expect(periodLabel('fa', '1402-06')).toBe('۱۴۰۲/۰۶');
    expect(periodLabel('en', '1390')).toBe('1390');
    expect(basePeriod(['1390', '1395'], '1395', undefined)).toBe('1390');
    expect(basePeriod(['1390', '1395'], '1390', undefined)).toBe('1395');
    expect(basePeriod(['1390', '1395', '1400'], '1400', '1390')).toBe('1390');
    expect(basePeriod(['1395'], '1395', undefined)).toBeUndefined();
    expect(orderedPair('1395', '1390')).toEqual({ from: '1390', to: '1395' });
  });

  it('finds the periods a composite’s indicators share', () => {
    const ind = (periods: string[]) =>
      ({ periods: { current: periods }, available: [] }) as unknown as Parameters<typeof commonPeriods>[0][0];
    expect(commonPeriods([ind(['1390', '1395']), ind(['1395'])], 'current')).toEqual(['1395']);
    expect(commonPeriods([ind(['1390', '1395']), ind(['1390', '1395'])], 'current')).toEqual([
      '1390',
      '1395',
    ]);
  });
});

describe('the note on an estimated value', () => {
  it('names the estimating method in Persian and English', () => {
    expect(methodNote({ estimated: true, method: 'area-share' }, periodsFa)).toBe(
      'برآورد: سهم مساحت از شهرستان سرشماری',
    );
    expect(methodNote({ estimated: true, method: 'same-county+lineage-group' }, periodsEn)).toBe(
      'Estimated: growth rate of the counties that split from one 1390 county',
    );
    expect(methodNote({ estimated: false, method: 'same-county' }, periodsEn)).toBe('same census county');
    expect(methodNote({ estimated: false, method: 'measured' }, periodsEn)).toBe('');
  });
});
