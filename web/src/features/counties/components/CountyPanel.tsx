import { useQuery } from '@tanstack/react-query';
import { ErrorNotice } from '../../../shared/components/ErrorNotice.tsx';
import { formatNumber, formatSolarHijriText, localName, transliterationMark } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { type EstimateMethod, estimateMethods, type Messages } from '../../i18n/messages.ts';
import { UnitLabel } from '../../indicators/components/UnitLabel.tsx';
import type { BoundarySet, Sector } from '../../meta/api/meta.ts';
import { boundarySetName } from '../../meta/boundarySetName.ts';
import { CountyPatrons } from '../../organisations/components/CountyPatrons.tsx';
import type { ProjectFeature } from '../../projects/api/types.ts';
import { type CountyFeature, type CountyIndicatorValue, countyDetailQuery } from '../api/counties.ts';
import { CountyProjects } from './CountyProjects.tsx';

interface CountyPanelProps {
  county: CountyFeature;
  set: string;
  boundarySet: BoundarySet | undefined;
  sectors: Sector[];
  onSelectProject: (project: ProjectFeature) => void;
  /** The indicator the map is coloured by, highlighted in the list. */
  activeIndicator: string | undefined;
  /** The map's period: each indicator is shown in it when it has it, else in its latest. */
  period: string | undefined;
}

/**
 * With a period on the map, one value per indicator: that period's, else the newest (the API lists newest
 * first). Without one (no indicator on the map), every period, so a county's history is all there.
 */
function valuesIn(all: CountyIndicatorValue[], period: string | undefined): CountyIndicatorValue[] {
  if (period === undefined) return all;
  const byCode = new Map<string, CountyIndicatorValue>();
  for (const v of all) {
    const held = byCode.get(v.code);
    if (!held || (v.period === period && held.period !== period)) byCode.set(v.code, v);
  }
  return [...byCode.values()];
}

export function CountyPanel({
  county,
  set,
  boundarySet,
  sectors,
  onSelectProject,
  activeIndicator,
  period,
}: CountyPanelProps) {
  const { t, lang } = useI18n();
  const detail = useQuery(countyDetailQuery(county.properties.code, set));
  const name = localName(lang, county.properties);
  // The English UI gives the Persian name too; the Persian one shows no English words.
  const otherName = lang === 'en' ? county.properties.name_fa : null;
  // Census figures share one period; it is then said once in the heading instead of on every row.
  const shown = detail.data ? valuesIn(detail.data.indicators, period) : [];
  const periods = new Set(shown.map((v) => v.period));
  const sharedPeriod = periods.size === 1 ? [...periods][0] : undefined;

  return (
    <div className="county-panel" data-testid="county-panel" data-county-code={county.properties.code}>
      <header className="panel-header">
        <p className="eyebrow">{t.countyPanelTitle}</p>
        <h2 className="panel-title" data-testid="county-name">
          {name}
        </h2>
        {otherName && otherName !== name ? (
          <p className="panel-subtitle" lang="fa">
            {otherName}
          </p>
        ) : null}
        {name.endsWith(transliterationMark) ? (
          <p className="panel-subtitle" data-testid="transliterated-note">
            {transliterationMark} {t.access.transliterated}
          </p>
        ) : null}
        <dl className="facts">
          <div>
            <dt>{t.province}</dt>
            <dd>{detail.data ? localName(lang, detail.data.province) : t.noValue}</dd>
          </div>
          <div>
            <dt>{t.boundarySet}</dt>
            <dd>{boundarySetName(lang, set, boundarySet)}</dd>
          </div>
        </dl>
      </header>

      {set === 'current' ? <CountyPatrons county={county.properties.code} /> : null}

      {detail.error ? (
        <ErrorNotice what={t.what.county} error={detail.error} onRetry={() => void detail.refetch()} />
      ) : null}

      <section className="panel-section" aria-labelledby="county-indicators-heading">
        <h3 id="county-indicators-heading" className="section-title">
          {t.indicatorsHeading}
          {sharedPeriod ? (
            <span className="muted section-note">
              {formatSolarHijriText(lang, sharedPeriod, t.solarHijri)}
            </span>
          ) : null}
        </h3>
        {detail.isPending ? (
          <p className="muted loading-line">{t.loading}</p>
        ) : shown.length > 0 ? (
          <dl className="indicator-values" data-testid="indicator-values">
            {shown.map((v) => (
              <div
                key={`${v.code}-${v.period}`}
                className={`indicator-value ${v.code === activeIndicator ? 'is-active' : ''}`}
                data-testid="indicator-value"
                data-code={v.code}
                data-period={v.period}
                data-estimated={v.estimated}
                data-method={v.method}
              >
                <dt>
                  {localName(lang, v)} <UnitLabel unit={v.unit} />
                  {sharedPeriod ? null : (
                    <span className="muted"> · {formatSolarHijriText(lang, v.period, t.solarHijri)}</span>
                  )}
                </dt>
                <dd>
                  {v.value === null ? (
                    t.noValue
                  ) : v.estimated ? (
                    <span data-testid="estimated-value">
                      <abbr title={t.estimatedValue} className="estimate-mark">
                        ≈
                      </abbr>{' '}
                      {formatNumber(lang, v.value, v.decimals)}
                    </span>
                  ) : (
                    formatNumber(lang, v.value, v.decimals)
                  )}
                </dd>
                {v.estimated ? (
                  <p className="estimate-note" data-testid="estimate-note" data-method={v.method}>
                    {estimateNotes(t, v.method).join(' ')}
                  </p>
                ) : null}
              </div>
            ))}
          </dl>
        ) : detail.data ? (
          <p className="muted">{t.noIndicatorValues}</p>
        ) : null}
      </section>

      <CountyProjects county={county} set={set} sectors={sectors} onSelect={onSelectProject} />
    </div>
  );
}

/** What makes a value an estimate, in words: a carried value's method joins its steps with «+». */
function estimateNotes(t: Messages, method: string): string[] {
  return method
    .split('+')
    .filter((m): m is EstimateMethod => (estimateMethods as readonly string[]).includes(m))
    .map((m) => t.estimateMethods[m]);
}
