import { useCallback, useEffect, useState } from 'react';
import type { AnalysisState } from '../features/analysis/analysisState.ts';
import type { Indicator, IndicatorChoice } from '../features/indicators/api/indicators.ts';
import {
  isAvailable,
  readAnalysisState,
  readIndicatorChoice,
  writeAnalysisState,
  writeIndicatorChoice,
} from './urlState.ts';

/**
 * The indicator choice and the analysis settings, both kept in the URL hash so that a shared link
 * reopens the same view (see urlState.ts).
 */
export function useAppState(indicatorList: Indicator[] | undefined) {
  const [choice, setChoice] = useState<IndicatorChoice | null>(readIndicatorChoice);
  const [analysis, setAnalysis] = useState<AnalysisState>(readAnalysisState);
  const patchAnalysis = useCallback(
    (patch: Partial<AnalysisState>) => setAnalysis((s) => ({ ...s, ...patch })),
    [],
  );
  useEffect(() => writeAnalysisState(analysis), [analysis]);

  // Drop a choice from a shared link once the catalogue shows it does not exist (any more).
  useEffect(() => {
    if (choice && indicatorList && !isAvailable(choice, indicatorList)) setChoice(null);
  }, [choice, indicatorList]);
  useEffect(() => writeIndicatorChoice(choice), [choice]);

  return { choice, setChoice, analysis, patchAnalysis };
}
