import { ErrorNotice } from '../../../shared/components/ErrorNotice.tsx';
import { formatNumber, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Autocorrelation, Contiguity } from '../api/analysis.ts';
import { Figure, Section } from './Figure.tsx';

export interface LisaSectionProps {
  lisa: { data: Autocorrelation | undefined; error: Error | null; isPending: boolean; refetch: () => void };
  showLisa: boolean;
  onShowLisa: (on: boolean) => void;
  significance: number;
  onSignificance: (s: number) => void;
  contiguity: Contiguity;
  onContiguity: (c: Contiguity) => void;
}

/** The LISA controls, Moran's I for the scope and the significant clusters by name. */
export function LisaSection(props: LisaSectionProps) {
  const { t, lang } = useI18n();
  const a = t.analysis;
  const lisa = props.lisa.data;
  const f3 = (v: number | null | undefined) =>
    v === null || v === undefined ? t.noValue : formatNumber(lang, v, 3);
  return (
    <Section title={a.lisa} help={a.lisaHelp}>
      <label className="check">
        <input
          type="checkbox"
          checked={props.showLisa}
          data-testid="lisa-toggle"
          onChange={(e) => props.onShowLisa(e.target.checked)}
        />
        {a.showLisa}
      </label>
      <div className="field-row">
        <div className="field">
          <label className="field-label" htmlFor="lisa-significance">
            {a.significance}
          </label>
          <select
            id="lisa-significance"
            className="select"
            data-testid="lisa-significance"
            value={String(props.significance)}
            onChange={(e) => props.onSignificance(Number(e.target.value))}
          >
            {[0.05, 0.01, 0.001].map((s) => (
              <option key={s} value={String(s)}>
                {formatNumber(lang, s, String(s).length - 2)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="lisa-contiguity">
            {a.contiguity}
          </label>
          <select
            id="lisa-contiguity"
            className="select"
            data-testid="lisa-contiguity"
            value={props.contiguity}
            onChange={(e) => props.onContiguity(e.target.value as Contiguity)}
          >
            <option value="queen">{a.queen}</option>
            <option value="rook">{a.rook}</option>
          </select>
        </div>
      </div>
      {props.lisa.error ? (
        <ErrorNotice what={a.lisa} error={props.lisa.error} onRetry={props.lisa.refetch} />
      ) : null}
      {props.lisa.isPending && !props.lisa.error ? <p className="muted">{t.loading}</p> : null}
      {lisa ? (
        <dl className="figures figures-compact" data-testid="moran">
          <Figure
            id="moran-i"
            label={a.moranI}
            value={f3(lisa.moranI)}
            help={a.moranHelp}
            raw={lisa.moranI}
          />
          <Figure id="moran-z" label={a.zScore} value={formatNumber(lang, lisa.z, 2)} help="" raw={lisa.z} />
          <Figure
            id="moran-p"
            label={a.pPermutation}
            value={f3(lisa.pPermutation)}
            help=""
            raw={lisa.pPermutation}
          />
        </dl>
      ) : null}
      {lisa ? <LisaList lisa={lisa} /> : null}
    </Section>
  );
}

/** The significant clusters by name: the direct answer to "which counties cluster high?". */
function LisaList({ lisa }: { lisa: Autocorrelation }) {
  const { t, lang } = useI18n();
  const groups = (['HH', 'LL', 'HL', 'LH'] as const)
    .map((q) => ({ q, units: lisa.units.filter((u) => u.quadrant === q) }))
    .filter((g) => g.units.length > 0);
  return (
    <ul className="lisa-list" data-testid="lisa-list">
      {groups.map((g) => (
        <li key={g.q} data-testid={`lisa-list-${g.q}`}>
          <strong>{t.analysis.quadrants[g.q]}:</strong>{' '}
          {g.units.map((u) => localName(lang, u)).join(t.listSeparator)}
        </li>
      ))}
    </ul>
  );
}
