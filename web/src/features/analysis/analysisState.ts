import type { CompositeMethod, Contiguity, Normalisation, Polarity } from '@tavazon/contract';

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
  contiguity: Contiguity;
  lisa: boolean;
  weight: string;
  compare: string;
  composite: {
    indicators: string[];
    weights: string;
    normalisation: Normalisation;
    method: CompositeMethod;
    polarities: Record<string, Exclude<Polarity, 'neutral'>>;
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
