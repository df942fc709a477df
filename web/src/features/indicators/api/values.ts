import { queryOptions, useQuery } from '@tanstack/react-query';
import type { IndicatorValues } from '@tavazon/contract';
import { useMemo } from 'react';
import { fetchJson, withQuery } from '../../../shared/api/fetchJson.ts';
import type { PeriodValue } from '../time/change.ts';

export type { IndicatorValues } from '@tavazon/contract';

/** One indicator's county values on a set in one period, each with whether it is estimated and how. */
export function indicatorValuesQuery(code: string, set: string, period: string) {
  return queryOptions({
    queryKey: ['indicator-values', code, set, period],
    queryFn: ({ signal }) =>
      fetchJson<IndicatorValues>(
        withQuery(`/api/indicators/${encodeURIComponent(code)}/values`, { set, period }),
        signal,
      ),
    staleTime: 10 * 60_000,
  });
}

const none = new Map<string, PeriodValue>();

/** The values by county code, empty until loaded (or without a period). */
export function useIndicatorValues(
  code: string | undefined,
  set: string | undefined,
  period: string | undefined,
) {
  const query = useQuery({
    ...indicatorValuesQuery(code ?? '', set ?? '', period ?? ''),
    enabled: Boolean(code && set && period),
  });
  const byCode = useMemo(
    () =>
      query.data
        ? new Map(
            query.data.values.map((v) => [
              v.code,
              { value: v.value, estimated: v.estimated, method: v.method },
            ]),
          )
        : none,
    [query.data],
  );
  return { query, byCode };
}
