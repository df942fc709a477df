import { uniqueName } from './accounts.ts';

/** Zanjan's eight census-1395 counties split into two regions: a valid scheme body. */
export const zanjanScheme = (overrides: Record<string, unknown> = {}) => ({
  set: 'census-1395',
  province: 'IR-19',
  name_fa: uniqueName('منطقه‌بندی آزمون'),
  name_en: uniqueName('test scheme'),
  regions: [
    { code: 'west', name_fa: 'غرب', name_en: 'West', counties: ['1903', '1906', '1909'] },
    { code: 'east', name_fa: 'شرق', name_en: 'East', counties: ['1901', '1904', '1907', '1908', '1910'] },
  ],
  ...overrides,
});
