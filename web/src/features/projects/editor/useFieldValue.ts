import { formatDate, formatNumber, formatSolarHijriText } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { ProjectFeature } from '../api/types.ts';

/** A project's field as a reader would want it named in a sentence: translated, local digits and calendar. */
export function useFieldValue() {
  const { t, lang } = useI18n();
  return (field: string, project: ProjectFeature): string => {
    const p = project.properties as unknown as Record<string, unknown>;
    if (field === 'location') {
      const [lng, lat] = project.geometry.coordinates;
      return `${formatNumber(lang, lat ?? 0, 5)}، ${formatNumber(lang, lng ?? 0, 5)}`;
    }
    const value = p[field];
    if (value === null || value === undefined || value === '') return t.noValue;
    if (field === 'status') return t.statuses[value as keyof typeof t.statuses] ?? String(value);
    if (field === 'location_precision')
      return t.precisions[value as keyof typeof t.precisions] ?? String(value);
    if (field === 'investment_unit') return t.investmentUnits[String(value)] ?? String(value);
    if (field === 'start_date' || field === 'end_date') return formatDate(lang, String(value));
    if (field === 'source_date') return formatSolarHijriText(lang, String(value), t.solarHijri);
    if (typeof value === 'boolean') return value ? '✓' : '✗';
    if (Array.isArray(value)) return value.join(t.listSeparator);
    if (typeof value === 'number' || /^-?[0-9]+(\.[0-9]+)?$/.test(String(value)))
      return formatNumber(lang, Number(value), Number.isInteger(Number(value)) ? 0 : 2);
    return String(value);
  };
}
