import { describe, expect, it } from 'vitest';
import { defaultAnalysisState } from '../../features/analysis/analysisState.ts';
import {
  analysisSearch,
  appSearchSchema,
  parseSearch,
  readAnalysis,
  readFilter,
  stringifySearch,
} from './search.ts';

const read = (query: string) => appSearchSchema.parse(parseSearch(query));

describe('the shared search parameters', () => {
  it('read an analysis and write it back as the same flat text', () => {
    const query =
      '?indicator=unemployment_rate&set=census-1395&period=1395&scope=IR-10&method=jenks&classes=7&sig=0.01&lisa=0&ci=a,b&cpol=a:higher_worse';
    const search = read(query);
    const analysis = readAnalysis(search, 'balance');
    expect(analysis).toMatchObject({
      tab: 'balance',
      province: 'IR-10',
      method: 'jenks',
      classes: 7,
      significance: 0.01,
      lisa: false,
      composite: { indicators: ['a', 'b'], polarities: { a: 'higher_worse' } },
    });
    expect(stringifySearch({ ...search, ...analysisSearch(analysis) })).toBe(
      '?indicator=unemployment_rate&set=census-1395&period=1395&scope=IR-10&method=jenks&classes=7&sig=0.01&lisa=false&ci=a,b&cpol=a:higher_worse',
    );
  });

  it('leave defaults out of the URL', () => {
    expect(stringifySearch(analysisSearch({ ...defaultAnalysisState, tab: 'composite' }))).toBe('');
  });

  it('drop what a hand-edited link gets wrong, keeping the rest', () => {
    const search = read('?classes=42&method=magic&scope=Tehran&pstatus=study,nonsense&ppub=false&sig=0.5');
    expect(search.classes).toBeUndefined();
    expect(search.method).toBeUndefined();
    expect(search.scope).toBeUndefined();
    expect(search.sig).toBeUndefined();
    expect(readFilter(search)).toEqual({
      province: undefined,
      status: ['study'],
      sector: [],
      published: false,
      archived: undefined,
    });
  });
});
