import { useI18n } from '../../i18n/LanguageProvider.tsx';

/** Units come from the catalogue as codes or symbols; known ones are translated, others shown as sent. */
export function UnitLabel({ unit }: { unit: string }) {
  const { t } = useI18n();
  const shown = t.units[unit] ?? unit;
  return shown ? <span className="unit">({shown})</span> : null;
}
