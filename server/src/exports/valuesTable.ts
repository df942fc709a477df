import type { Cell } from './exportTable.ts';

interface ValueRow {
  code: string;
  name_fa: string;
  name_en: string | null;
  province: string;
  value: number;
  estimated: boolean;
  method: string;
}

export const valueColumns = [
  'code',
  'name_fa',
  'name_en',
  'province',
  'period',
  'value',
  'estimated',
  'method',
];

/** An indicator's county values as a table, each row saying whether the value is estimated and how. */
export function valuesTable(period: string, values: readonly ValueRow[]): Cell[][] {
  return [
    valueColumns,
    ...values.map((v) => [v.code, v.name_fa, v.name_en, v.province, period, v.value, v.estimated, v.method]),
  ];
}
