import { AnalysisSidebar } from '../../features/analysis/components/AnalysisSidebar.tsx';
import { OwnIndicatorTools } from '../../features/ownIndicators/components/OwnIndicatorTools.tsx';
import { useShell } from '../shell/ShellContext.ts';
import { Sidebar } from './Sidebar.tsx';

/** `/` (the map tab) and `/analysis/<tab>`: the planner's tools beside the map they colour. */
export function AnalysisPage() {
  const shell = useShell();
  return (
    <Sidebar view="analysis">
      <AnalysisSidebar
        choice={shell.choice}
        analysis={shell.analysis}
        patchAnalysis={shell.patchAnalysis}
        data={shell.data}
        indicators={shell.indicators.data ?? []}
        provinces={shell.provinces.data}
        scopeName={shell.scopeName}
        {...shell.exports}
        editor={shell.schemeEditor}
        canEditSchemes={shell.canEditSchemes}
        indicatorTools={
          <OwnIndicatorTools
            current={shell.indicators.data?.find((i) => i.code === shell.choice?.code)}
            set={shell.choice?.set ?? 'current'}
            onShow={(code, period) => shell.setChoice({ code, set: shell.choice?.set ?? 'current', period })}
          />
        }
        time={shell.time}
        patchTime={shell.patchTime}
      />
    </Sidebar>
  );
}
