import type { Indicator, IndicatorChoice } from '../../indicators/api/indicators.ts';
import type { ProvinceCollection } from '../../provinces/api/provinces.ts';
import { SchemeEditorPanel } from '../../regions/components/SchemeEditorPanel.tsx';
import { SchemeTools } from '../../regions/components/SchemeTools.tsx';
import type { SchemeEditor } from '../../regions/useSchemeEditor.ts';
import type { AnalysisState } from '../analysisState.ts';
import type { AnalysisData } from '../useAnalysisData.ts';
import { AnalysisPanel } from './AnalysisPanel.tsx';
import { BalancePanel } from './BalancePanel.tsx';
import { ComparePanel } from './ComparePanel.tsx';
import { CompositePanel } from './CompositePanel.tsx';

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
  /** The county under the pointer, shared by the ranking table and the map. */
  hovered: string | null;
  onHover: (code: string | null) => void;
  editor: SchemeEditor;
  /** The signed-in user may edit schemes of the scope's province. */
  canEditSchemes: boolean;
}

/** The analysis panel with each tab's content wired to the shared analysis state and data. */
export function AnalysisSidebar(props: AnalysisSidebarProps) {
  const { choice, analysis, patchAnalysis, data, indicators } = props;
  const { indicator, scope, lisaQuery, composite, compositeRequest } = data;
  const scopeValues = data.choropleth.units.flatMap((u) => (u.value === null ? [] : [u.value]));
  return (
    <AnalysisPanel
      state={analysis}
      onState={patchAnalysis}
      hasIndicator={indicator !== undefined && choice !== null}
      provinces={props.provinces}
      schemes={data.schemes.data ?? []}
      schemeTools={
        props.editor.draft ? (
          <SchemeEditorPanel
            editor={props.editor}
            onSaved={(saved) =>
              patchAnalysis({ scheme: saved.id, province: saved.province, level: 'region' })
            }
          />
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
        ) : null
      }
      composite={
        choice ? (
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
            hovered={props.hovered}
            onHover={props.onHover}
          />
        ) : null
      }
      compare={
        choice ? (
          <ComparePanel
            choice={choice}
            indicators={indicators}
            compare={analysis.compare}
            onCompare={(compare) => patchAnalysis({ compare })}
          />
        ) : null
      }
    />
  );
}
