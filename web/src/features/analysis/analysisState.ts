/** The analysis panel's state, also kept in the hash so a shared link opens the same analysis. */
export interface AnalysisState {
  tab: 'map' | 'balance' | 'composite' | 'compare';
  province: string | null;
  level: 'county' | 'region';
  scheme: number | null;
  method: 'quantile' | 'equal' | 'jenks' | 'stddev' | 'manual';
  classes: number;
  manual: string;
  significance: number;
  contiguity: 'queen' | 'rook';
  lisa: boolean;
  weight: string;
  compare: string;
  composite: {
    indicators: string[];
    weights: string;
    normalisation: 'minmax' | 'zscore';
    method: 'topsis' | 'weighted-sum';
    polarities: Record<string, 'higher_better' | 'higher_worse'>;
  };
}

export const defaultAnalysisState: AnalysisState = {
  tab: 'map',
  province: null,
  level: 'county',
  scheme: null,
  method: 'quantile',
  classes: 5,
  manual: '',
  significance: 0.05,
  contiguity: 'queen',
  lisa: true,
  weight: 'population',
  compare: '',
  composite: {
    indicators: [],
    weights: 'entropy',
    normalisation: 'minmax',
    method: 'topsis',
    polarities: {},
  },
};
