// Where a county's number of driver projects stands against the band Isfahan set (3–6 per county).
// Issue 10 (per-county coverage) brings a province band table; until it is merged the default band is used.

export interface Band {
  min: number;
  max: number;
}

export const defaultBand: Band = { min: 3, max: 6 };

export const bandOf = (count: number, band: Band): 'below' | 'within' | 'above' =>
  count < band.min ? 'below' : count > band.max ? 'above' : 'within';
