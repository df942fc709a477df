import { lazy, type ReactNode } from 'react';
import { Lazy } from '../../../shared/components/Lazy.tsx';
import type { Indicator, IndicatorChoice } from '../../indicators/api/indicators.ts';
import type { TimeState } from '../../indicators/time/timeState.ts';
import type { ProvinceCollection } from '../../provinces/api/provinces.ts';
import { SchemeTools } from '../../regions/components/SchemeTools.tsx';
import type { SchemeEditor } from '../../regions/useSchemeEditor.ts';
import type { AnalysisState } from '../analysisState.ts';
import type { AnalysisData } from '../useAnalysisData.ts';
import { AnalysisPanel } from './AnalysisPanel.tsx';

// Each tab's panel, and the scheme editor, load when first shown: the public map needs none of them.
const BalancePanel = lazy(() => import('./BalancePanel.tsx').then((m) => ({ default: m.BalancePanel })));
const CompositePanel = lazy(() =>
  import('./CompositePanel.tsx').then((m) => ({ default: m.CompositePanel })),
);
const DeltaRankingPanel = lazy(() =>
  import('./DeltaRankingPanel.tsx').then((m) => ({ default: m.DeltaRankingPanel })),
);
const ComparePanel = lazy(() => import('./ComparePanel.tsx').then((m) => ({ default: m.ComparePanel })));
const SchemeEditorPanel = lazy(() =>
  import('../../regions/components/SchemeEditorPanel.tsx').then((m) => ({ default: m.SchemeEditorPanel })),
);

interface AnalysisSidebarProps {
  choice: IndicatorChoice | null;
  analysis: AnalysisState;
  patchAnalysis: (patch: Partial<AnalysisState>) => void;
  data: AnalysisData;
  indicators: Indicator[];
  provinces: ProvinceCollection | undefined;
  scopeName: string;
  exporting: boolean;
  onExportCsv: () => void;
  onExportPng: () => void;
  editor: SchemeEditor;
  /** The signed-in user may edit schemes of the scope's province. */
  canEditSchemes: boolean;
  indicatorTools?: ReactNode;
  time: TimeState;
  patchTime: (patch: Partial<TimeState>) => void;
}

/** The analysis panel with each tab's content wired to the shared analysis state and data. */
export function AnalysisSidebar(props: AnalysisSidebarProps) {
  const { choice, analysis, patchAnalysis, data, indicators } = props;
  const { indicator, scope, lisaQuery, composite, compositeRequest } = data;
  const scopeValues = data.choropleth.units.flatMap((u) => (u.value === null ? [] : [u.value]));
  return (
    <AnalysisPanel
      state={analysis}
      indicatorTools={props.indicatorTools}
      onState={patchAnalysis}
      hasIndicator={indicator !== undefined && choice !== null}
      provinces={props.provinces}
      schemes={data.schemes.data ?? []}
      schemeTools={
        props.editor.draft ? (
          <Lazy>
            <SchemeEditorPanel
              editor={props.editor}
              onSaved={(saved) =>
                patchAnalysis({ scheme: saved.id, province: saved.province, level: 'region' })
              }
            />
          </Lazy>
        ) : choice ? (
          <SchemeTools
            editor={props.editor}
            set={choice.set}
            province={analysis.province}
            scheme={data.scheme}
            allowed={props.canEditSchemes}
            onDeleted={() => patchAnalysis({ scheme: null, level: 'county' })}
          />
        ) : null
      }
      onExportCsv={props.onExportCsv}
      onExportPng={props.onExportPng}
      exporting={props.exporting}
      balance={
        indicator && scope ? (
          <Lazy>
            <BalancePanel
              indicator={indicator}
              indicators={indicators}
              scope={scope}
              scopeName={props.scopeName}
              weight={analysis.weight}
              onWeight={(weight) => patchAnalysis({ weight })}
              values={scopeValues}
              lisa={{
                data: data.lisaData,
                error: lisaQuery.error,
                isPending: lisaQuery.isFetching,
                refetch: () => void lisaQuery.refetch(),
              }}
              showLisa={analysis.lisa}
              onShowLisa={(lisa) => patchAnalysis({ lisa })}
              significance={analysis.significance}
              onSignificance={(significance) => patchAnalysis({ significance })}
              contiguity={analysis.contiguity}
              onContiguity={(contiguity) => patchAnalysis({ contiguity })}
            />
          </Lazy>
        ) : null
      }
      composite={
        choice ? (
          <Lazy>
            <CompositePanel
              indicators={indicators}
              set={choice.set}
              state={analysis.composite}
              onState={(next) => patchAnalysis({ composite: next })}
              result={{
                data: data.compositeData,
                error: compositeRequest ? composite.error : null,
                isFetching: composite.isFetching,
                refetch: () => void composite.refetch(),
              }}
              delta={
                <Lazy>
                  <DeltaRankingPanel
                    choice={choice}
                    indicator={indicator}
                    indicators={indicators}
                    compositeRequest={compositeRequest}
                    time={props.time}
                    onTime={props.patchTime}
                    province={analysis.province}
                  />
                </Lazy>
              }
            />
          </Lazy>
        ) : null
      }
      compare={
        choice ? (
          <Lazy>
            <ComparePanel
              choice={choice}
              indicators={indicators}
              compare={analysis.compare}
              onCompare={(compare) => patchAnalysis({ compare })}
            />
          </Lazy>
        ) : null
      }
    />
  );
}
