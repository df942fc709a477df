import { describe, expect, it } from 'vitest';
import { legacyTarget } from './legacy.ts';

describe('old #… links', () => {
  it('opens a project page, keeping the map view', () => {
    expect(legacyTarget('/', '', '#map=8/36.4/48.2&project=42')).toBe('/project/42#map=8/36.4/48.2');
  });

  it('opens the registry with its filters as search parameters', () => {
    expect(legacyTarget('/', '', '#view=projects&pprov=IR-19&pstatus=study,execution&ppub=false')).toBe(
      '/registry?pprov=IR-19&pstatus=study,execution&ppub=false',
    );
  });

  it('opens an analysis tab with the indicator and its settings', () => {
    expect(
      legacyTarget(
        '/',
        '',
        '#map=5/32/53&indicator=unemployment_rate&set=census-1395&period=1395&tab=composite&scope=IR-10&ci=a,b&cpol=a:higher_worse',
      ),
    ).toBe(
      '/analysis/composite?indicator=unemployment_rate&set=census-1395&period=1395&scope=IR-10&ci=a,b&cpol=a:higher_worse#map=5/32/53',
    );
  });

  it('keeps the map tab on the root page and an unknown tab too', () => {
    expect(legacyTarget('/', '', '#tab=map&method=jenks')).toBe('/?method=jenks');
    expect(legacyTarget('/', '', '#tab=nonsense')).toBe('/');
  });

  it('leaves a URL alone that has only the map view, or is already a page', () => {
    expect(legacyTarget('/', '', '#map=5/32/53')).toBeNull();
    expect(legacyTarget('/', '', '')).toBeNull();
    expect(legacyTarget('/registry', '?pprov=IR-19', '#map=5/32/53')).toBeNull();
  });
});
