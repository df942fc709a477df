import type { Normalisation } from '@tavazon/contract';
import { memo, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { ErrorNotice } from '../../../shared/components/ErrorNotice.tsx';
import { useIsHoveredCounty, useSetHoveredCounty } from '../../counties/hoveredCounty.tsx';
import { formatNumber, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Indicator } from '../../indicators/api/indicators.ts';
import type { AnalysisState } from '../analysisState.ts';
import type { Composite } from '../api/analysis.ts';
import { CriteriaFields } from './CriteriaFields.tsx';

type CompositeState = AnalysisState['composite'];

interface CompositePanelProps {
  indicators: Indicator[];
  set: string;
  state: CompositeState;
  onState: (state: CompositeState) => void;
  result: { data: Composite | undefined; error: Error | null; isFetching: boolean; refetch: () => void };
  /** The change between two periods (the delta ranking), shown whenever the data have two periods. */
  delta?: ReactNode;
}

type SortKey = 'rank' | 'name' | 'score';

export function CompositePanel(props: CompositePanelProps) {
  const { t, lang } = useI18n();
  const a = t.analysis;
  const { state, onState } = props;
  const available = props.indicators.filter((i) => i.available.some((x) => x.set === props.set));
  return (
    <div className="analysis-composite" data-testid="composite-panel">
      <h2 className="analysis-title">{a.compositeTitle}</h2>
      <CriteriaFields
        available={available}
        value={state}
        onChange={(patch) => onState({ ...state, ...patch })}
        prefix="composite"
        legend={a.indicators}
        labels={{ ...a, given: a.givenWeights, method: a.compositeMethod }}
        extra={
          <div className="field">
            <label className="field-label" htmlFor="composite-normalisation">
              {a.normalisation}
            </label>
            <select
              id="composite-normalisation"
              className="select select-small"
              data-testid="composite-normalisation"
              value={state.normalisation}
              onChange={(e) => onState({ ...state, normalisation: e.target.value as Normalisation })}
            >
              <option value="minmax">{a.minmax}</option>
              <option value="zscore">{a.zscore}</option>
            </select>
          </div>
        }
      />
      {state.indicators.length < 2 ? <p className="analysis-help">{a.pickTwo}</p> : null}
      {props.result.error ? (
        <ErrorNotice what={a.compositeTitle} error={props.result.error} onRetry={props.result.refetch} />
      ) : null}
      {props.result.data ? (
        <>
          <p className="analysis-help" data-testid="composite-weights">
            {a.weightsUsed}:{' '}
            {Object.entries(props.result.data.weights)
              .map(([code, w]) => {
                const named = props.indicators.find((i) => i.code === code);
                return `${named ? localName(lang, named) : code} ${formatNumber(lang, w, 3)}`;
              })
              .join(t.listSeparator)}
          </p>
          <RankingTable result={props.result.data} />
        </>
      ) : props.result.isFetching ? (
        <p className="muted">{t.loading}</p>
      ) : null}
      {props.delta}
    </div>
  );
}

function RankingTable({ result }: { result: Composite }) {
  const { t, lang } = useI18n();
  const a = t.analysis;
  const [sort, setSort] = useState<{ key: SortKey; asc: boolean }>({ key: 'rank', asc: true });
  const rows = useMemo(() => {
    const collator = new Intl.Collator(lang === 'fa' ? 'fa' : 'en');
    const sorted = [...result.units].sort((x, y) => {
      const d =
        sort.key === 'name'
          ? collator.compare(localName(lang, x), localName(lang, y))
          : sort.key === 'score'
            ? x.score - y.score
            : x.rank - y.rank || x.code.localeCompare(y.code);
      return sort.asc ? d : -d;
    });
    return sorted;
  }, [result.units, sort, lang]);
  const onHover = useSetHoveredCounty();
  const header = (key: SortKey, label: string) => (
    <th aria-sort={sort.key === key ? (sort.asc ? 'ascending' : 'descending') : 'none'}>
      <button
        type="button"
        className="sort-button"
        data-testid={`ranking-sort-${key}`}
        onClick={() => setSort((s) => ({ key, asc: s.key === key ? !s.asc : key !== 'score' }))}
      >
        {label}
        {sort.key === key ? (sort.asc ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );
  return (
    <div className="ranking">
      <h3 className="analysis-heading">
        {a.rankingTitle} ({formatNumber(lang, result.units.length)})
      </h3>
      <div className="ranking-scroll">
        <table className="data-table ranking-table" data-testid="ranking-table">
          <thead>
            <tr>
              {header('rank', a.rank)}
              {header('name', t.county)}
              {header('score', a.score)}
            </tr>
          </thead>
          <tbody onMouseLeave={() => onHover(null)}>
            {rows.map((u) => (
              <RankingRow key={u.code} unit={u} onHover={onHover} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

type RankedUnit = Composite['units'][number];

/** One row; it alone re-renders when the pointer enters or leaves its county, in the table or on the map. */
const RankingRow = memo(function RankingRow({
  unit: u,
  onHover,
}: {
  unit: RankedUnit;
  onHover: (code: string | null) => void;
}) {
  const { lang } = useI18n();
  const hovered = useIsHoveredCounty(u.code);
  const row = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    // A county hovered on the map is brought into the table's view.
    if (hovered) row.current?.scrollIntoView({ block: 'nearest' });
  }, [hovered]);
  return (
    <tr
      ref={row}
      data-testid="ranking-row"
      data-code={u.code}
      data-rank={u.rank}
      data-score={u.score}
      className={hovered ? 'row-hovered' : undefined}
      onMouseEnter={() => onHover(u.code)}
    >
      <td>{formatNumber(lang, u.rank)}</td>
      <td>{localName(lang, u)}</td>
      <td>{formatNumber(lang, u.score, 3)}</td>
    </tr>
  );
});
