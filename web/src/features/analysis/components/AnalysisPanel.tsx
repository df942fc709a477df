import type { ReactNode } from 'react';
import { formatNumber, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { AnalysisTab } from '../../i18n/messages.ts';
import {
  classMethods,
  manualBreaksError,
  maxClasses,
  minClasses,
  parseManualBreaks,
} from '../../indicators/classify/classes.ts';
import type { ProvinceCollection } from '../../provinces/api/provinces.ts';
import { ProvinceSelect } from '../../provinces/components/ProvinceSelect.tsx';
import type { AnalysisState } from '../analysisState.ts';
import type { RegionScheme } from '../api/analysis.ts';

const tabs: AnalysisTab[] = ['map', 'balance', 'composite', 'compare'];

interface AnalysisPanelProps {
  state: AnalysisState;
  onState: (patch: Partial<AnalysisState>) => void;
  hasIndicator: boolean;
  provinces: ProvinceCollection | undefined;
  schemes: RegionScheme[];
  onExportCsv: () => void;
  onExportPng: () => void;
  exporting: boolean;
  /** New / edit / delete scheme, or the scheme editor itself (features/regions). */
  schemeTools?: ReactNode;
  /** Defining the planners' own indicators and uploading their values (editors only). */
  indicatorTools?: ReactNode;
  balance: ReactNode;
  composite: ReactNode;
  compare: ReactNode;
}

/** The planner's tools: a tab bar, the scope shared by every tab, and the tab's own controls. */
export function AnalysisPanel(props: AnalysisPanelProps) {
  const { t, lang } = useI18n();
  const a = t.analysis;
  const { state, onState } = props;
  const schemes = props.schemes.filter(
    (s) => s.province === null || s.province === state.province || state.province === null,
  );
  const scheme = props.schemes.find((s) => s.id === state.scheme);
  const manualInvalid = state.method === 'manual' && manualBreaksError(parseManualBreaks(state.manual));

  return (
    <aside className="analysis-panel" data-testid="analysis-panel" aria-label={a.tabsLabel}>
      <div className="tab-bar" role="tablist" aria-label={a.tabsLabel}>
        {tabs.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            aria-selected={state.tab === tab}
            className={`tab ${state.tab === tab ? 'tab-active' : ''}`}
            data-testid={`tab-${tab}`}
            onClick={() => onState({ tab })}
          >
            {a.tabs[tab]}
          </button>
        ))}
      </div>
      <div className="analysis-body">
        <div className="field-grid">
          <div className="field">
            <label className="field-label" htmlFor="analysis-scope">
              {a.scope}
            </label>
            <ProvinceSelect
              id="analysis-scope"
              testId="scope-select"
              provinces={props.provinces}
              value={state.province}
              allLabel={a.wholeCountry}
              onChange={(province) => {
                const keep = scheme && (scheme.province === null || scheme.province === province);
                onState({
                  province,
                  scheme: keep ? state.scheme : null,
                  level: keep ? state.level : 'county',
                });
              }}
            />
          </div>
          <div className="field">
            <label className="field-label" htmlFor="analysis-scheme">
              {a.scheme}
            </label>
            <select
              id="analysis-scheme"
              className="select"
              data-testid="scheme-select"
              value={state.scheme === null ? '' : String(state.scheme)}
              onChange={(e) => {
                const id = e.target.value ? Number(e.target.value) : null;
                const picked = props.schemes.find((s) => s.id === id);
                onState({
                  scheme: id,
                  province: picked?.province ?? state.province,
                  level: id === null ? 'county' : state.level,
                });
              }}
            >
              <option value="">{a.noScheme}</option>
              {schemes.map((s) => (
                <option key={s.id} value={String(s.id)}>
                  {localName(lang, s)}
                  {s.illustrative ? ` — ${a.illustrative}` : ''}
                </option>
              ))}
            </select>
          </div>
        </div>
        {scheme?.illustrative ? (
          <p className="illustrative-note" data-testid="scheme-illustrative">
            <strong>{a.illustrative}</strong>
            {scheme.note ? ` · ${noteIn(scheme.note, lang)}` : ''}
          </p>
        ) : null}
        {props.schemeTools}
        {props.indicatorTools}
        {!props.hasIndicator ? (
          <p className="analysis-help analysis-need" data-testid="need-indicator">
            {a.needIndicator}
          </p>
        ) : null}

        {state.tab === 'map' && props.hasIndicator ? (
          <div className="analysis-map" data-testid="map-controls">
            <div className="field-grid">
              <div className="field">
                <span className="field-label">{a.level}</span>
                <div className="segmented">
                  {(['county', 'region'] as const).map((level) => (
                    <label key={level} className="check">
                      <input
                        type="radio"
                        name="level"
                        checked={state.level === level}
                        disabled={level === 'region' && state.scheme === null}
                        data-testid={`level-${level}`}
                        onChange={() => onState({ level })}
                      />
                      {level === 'county' ? a.levelCounty : a.levelRegion}
                    </label>
                  ))}
                </div>
              </div>
              <div className="field">
                <label className="field-label" htmlFor="class-method">
                  {a.method}
                </label>
                <select
                  id="class-method"
                  className="select"
                  data-testid="class-method"
                  value={state.method}
                  onChange={(e) => onState({ method: e.target.value as AnalysisState['method'] })}
                >
                  {classMethods.map((m) => (
                    <option key={m} value={m}>
                      {a.methods[m]}
                    </option>
                  ))}
                </select>
              </div>
              {state.method !== 'manual' && state.method !== 'stddev' ? (
                <div className="field">
                  <label className="field-label" htmlFor="class-count">
                    {a.classCount}
                  </label>
                  <select
                    id="class-count"
                    className="select"
                    data-testid="class-count"
                    value={String(state.classes)}
                    onChange={(e) => onState({ classes: Number(e.target.value) })}
                  >
                    {Array.from({ length: maxClasses - minClasses + 1 }, (_, i) => i + minClasses).map(
                      (n) => (
                        <option key={n} value={String(n)}>
                          {formatNumber(lang, n)}
                        </option>
                      ),
                    )}
                  </select>
                </div>
              ) : null}
              {state.method === 'manual' ? (
                <div className="field">
                  <label className="field-label" htmlFor="manual-breaks">
                    {a.manualBreaks}
                  </label>
                  <input
                    id="manual-breaks"
                    className="input"
                    dir="ltr"
                    data-testid="manual-breaks"
                    value={state.manual}
                    placeholder="0, 8, 12, 16, 40"
                    aria-invalid={manualInvalid}
                    onChange={(e) => onState({ manual: e.target.value })}
                  />
                  <span className={manualInvalid ? 'field-error' : 'field-hint'}>
                    {manualInvalid ? a.manualInvalid : a.manualHint}
                  </span>
                </div>
              ) : null}
            </div>
          </div>
        ) : null}
        {state.tab === 'balance' && props.hasIndicator ? props.balance : null}
        {state.tab === 'composite' ? props.composite : null}
        {state.tab === 'compare' && props.hasIndicator ? props.compare : null}
        {props.hasIndicator || state.tab === 'composite' ? (
          <div className="export-row">
            <button type="button" className="button" data-testid="export-csv" onClick={props.onExportCsv}>
              {a.exportCsv}
            </button>
            <button
              type="button"
              className="button"
              data-testid="export-png"
              disabled={props.exporting}
              onClick={props.onExportPng}
            >
              {a.exportPng}
            </button>
          </div>
        ) : null}
      </div>
    </aside>
  );
}

/** The scheme notes are written "Persian\nEnglish"; show the reader's half. */
function noteIn(note: string, lang: string): string {
  const [fa, en] = note.split('\n');
  return (lang === 'en' ? en : fa) ?? note;
}
