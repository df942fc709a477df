import { useMemo } from 'react';
import { ErrorNotice } from '../../../shared/components/ErrorNotice.tsx';
import { useSetHoveredCounty } from '../../counties/hoveredCounty.tsx';
import { formatNumber, formatSigned, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Indicator, IndicatorChoice } from '../../indicators/api/indicators.ts';
import { periodLabel } from '../../indicators/time/periods.ts';
import type { DeltaSort, TimeState } from '../../indicators/time/timeState.ts';
import type { CompositeRequest } from '../api/analysis.ts';
import { sortDelta } from '../deltaSort.ts';
import { type DeltaRow, useDeltaRanking } from '../useDeltaRanking.ts';

interface DeltaRankingProps {
  choice: IndicatorChoice;
  indicator: Indicator | undefined;
  indicators: Indicator[];
  compositeRequest: CompositeRequest | null;
  time: TimeState;
  onTime: (patch: Partial<TimeState>) => void;
  province: string | null;
}

/**
 * "Most improved": each county's change between two periods, of the composite score or of the map's
 * indicator, sortable, its order kept in the URL (as the Aspirational Districts programme ranks districts).
 */
export function DeltaRankingPanel(props: DeltaRankingProps) {
  const { t, lang } = useI18n();
  const m = t.periods;
  const { time, onTime } = props;
  const delta = useDeltaRanking(
    props.choice,
    props.indicator,
    props.indicators,
    props.compositeRequest,
    time,
    props.province,
  );
  const onHover = useSetHoveredCounty();
  const rows = useMemo(() => {
    if (!delta) return [];
    const collator = new Intl.Collator(lang === 'fa' ? 'fa' : 'en');
    return sortDelta(delta.rows, time.deltaSort, time.deltaReverse, collator, (r) => localName(lang, r));
  }, [delta, time.deltaSort, time.deltaReverse, lang]);
  if (!delta)
    return (
      <p className="analysis-help" data-testid="delta-unavailable">
        {m.deltaNeedsPeriods}
      </p>
    );
  const signed = (v: number, decimals: number) => formatSigned(lang, v, decimals);
  const sortBy = (key: DeltaSort) =>
    onTime({ deltaSort: key, deltaReverse: time.deltaSort === key ? !time.deltaReverse : false });
  const header = (key: DeltaSort, label: string) => (
    <th
      aria-sort={
        time.deltaSort === key
          ? time.deltaReverse !== (key === 'name')
            ? 'ascending'
            : 'descending'
          : 'none'
      }
    >
      <button
        type="button"
        className="sort-button"
        data-testid={`delta-sort-${key}`}
        onClick={() => sortBy(key)}
      >
        {label}
        {time.deltaSort === key ? (time.deltaReverse ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );
  const from = periodLabel(lang, delta.from);
  const to = periodLabel(lang, delta.to);
  const score = delta.subject === 'score';
  return (
    <section
      className="ranking delta-ranking"
      data-testid="delta-ranking"
      data-subject={delta.subject}
      data-from={delta.from}
      data-to={delta.to}
      data-sort={time.deltaSort}
      data-reverse={time.deltaReverse}
    >
      <h3 className="analysis-heading">
        {m.deltaTitle} ({formatNumber(lang, delta.rows.length)})
      </h3>
      <p className="analysis-help">{m.deltaHelp(from, to)}</p>
      {delta.scoreAvailable ? (
        <div className="segmented" role="radiogroup" aria-label={m.deltaSubject} data-testid="delta-subject">
          {(['score', 'indicator'] as const).map((subject) => (
            <label key={subject} className={`segment ${subject === delta.subject ? 'is-on' : ''}`}>
              <input
                type="radio"
                name="delta-subject"
                checked={subject === delta.subject}
                data-testid={`delta-subject-${subject}`}
                onChange={() => onTime({ deltaSubject: subject })}
              />
              {subject === 'score'
                ? m.subjectScore
                : m.subjectIndicator(props.indicator ? localName(lang, props.indicator) : '')}
            </label>
          ))}
        </div>
      ) : props.compositeRequest ? (
        <p className="analysis-help">{m.deltaScoreNeedsPeriods}</p>
      ) : null}
      <button
        type="button"
        className={`button button-small ${time.deltaSort === 'improved' && !time.deltaReverse ? 'is-on' : ''}`}
        data-testid="delta-most-improved"
        aria-pressed={time.deltaSort === 'improved' && !time.deltaReverse}
        onClick={() => onTime({ deltaSort: 'improved', deltaReverse: false })}
      >
        {delta.directed ? m.mostImproved : m.largestIncrease}
      </button>
      {delta.error ? <ErrorNotice what={m.deltaTitle} error={delta.error} onRetry={delta.refetch} /> : null}
      {delta.isLoading ? <p className="muted">{t.loading}</p> : null}
      <div className="ranking-scroll">
        <table className="data-table ranking-table" data-testid="delta-table">
          <thead>
            <tr>
              {header('improved', '#')}
              {header('name', t.county)}
              {header('from', from)}
              {header('to', to)}
              {header('change', m.change)}
              {score ? header('rank', m.rankChange) : null}
            </tr>
          </thead>
          <tbody onMouseLeave={() => onHover(null)}>
            {rows.map((r, i) => (
              <DeltaTableRow
                key={r.code}
                directed={delta.directed}
                row={r}
                place={i + 1}
                score={score}
                decimals={delta.decimals}
                signed={signed}
                onHover={onHover}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

interface RowProps {
  row: DeltaRow;
  /** The change has a good and a bad direction, coloured; a neutral indicator's is not. */
  directed: boolean;
  place: number;
  score: boolean;
  decimals: number;
  signed: (v: number, decimals: number) => string;
  onHover: (code: string | null) => void;
}

function DeltaTableRow({ row: r, directed, place, score, decimals, signed, onHover }: RowProps) {
  const { t, lang } = useI18n();
  const mark = r.estimated ? '≈\u00a0' : '';
  const tone =
    !directed || r.improvement === null || r.improvement === 0
      ? undefined
      : r.improvement > 0
        ? 'delta-up'
        : 'delta-down';
  const value = (v: number | null) => (v === null ? t.noValue : `${mark}${formatNumber(lang, v, decimals)}`);
  return (
    <tr
      data-testid="delta-row"
      data-code={r.code}
      data-change={r.change ?? ''}
      data-improvement={r.improvement ?? ''}
      data-estimated={r.estimated}
      onMouseEnter={() => onHover(r.code)}
      title={r.estimated ? t.periods.estimatedMark : undefined}
    >
      <td>{formatNumber(lang, place)}</td>
      <td>{localName(lang, r)}</td>
      <td>{value(r.from)}</td>
      <td>{value(r.to)}</td>
      <td className={tone}>{r.change === null ? t.noValue : `${mark}${signed(r.change, decimals)}`}</td>
      {score ? (
        <td>{r.rankChange === null || r.rankChange === undefined ? t.noValue : signed(r.rankChange, 0)}</td>
      ) : null}
    </tr>
  );
}
