import { localName } from '../i18n/format.ts';
import { useI18n } from '../i18n/LanguageProvider.tsx';
import type { ProvinceCollection } from '../provinces/api/provinces.ts';

/** The analysis scope by name: the whole country, or the province (its code until provinces load). */
export function useScopeName(province: string | null, provinces: ProvinceCollection | undefined): string {
  const { t, lang } = useI18n();
  if (province === null) return t.analysis.wholeCountry;
  const f = provinces?.features.find((p) => p.properties.code === province);
  return f ? localName(lang, f.properties) : province;
}
