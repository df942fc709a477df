/** «2016 census code of a county» ↔ the 4-digit text the CSV files use: 1 ↔ "0001", 1901 ↔ "1901". */
export const censusCountyCode = (n: number | string) => String(n).trim().padStart(4, '0');

/** The census numbers provinces "00"–"30" in the same order as the ISO 3166-2 codes IR-00…IR-30. */
export const isoForCensusProvince = (code: string) => `IR-${code.trim().padStart(2, '0')}`;
