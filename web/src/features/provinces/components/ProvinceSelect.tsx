import { localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { ProvinceCollection } from '../api/provinces.ts';

interface ProvinceSelectProps {
  id: string;
  testId: string;
  provinces: ProvinceCollection | undefined;
  /** A province code, or null for the first option (the whole country). */
  value: string | null;
  onChange: (province: string | null) => void;
  /** The first option's text: "whole country", "all provinces"… */
  allLabel: string;
}

/** The provinces in the reader's alphabetical order, after an option meaning "no province". */
export function ProvinceSelect({ id, testId, provinces, value, onChange, allLabel }: ProvinceSelectProps) {
  const { lang } = useI18n();
  const sorted = [...(provinces?.features ?? [])].sort((x, y) =>
    localName(lang, x.properties).localeCompare(localName(lang, y.properties), lang),
  );
  return (
    <select
      id={id}
      className="select"
      data-testid={testId}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value || null)}
    >
      <option value="">{allLabel}</option>
      {sorted.map((p) => (
        <option key={p.properties.code} value={p.properties.code}>
          {localName(lang, p.properties)}
        </option>
      ))}
    </select>
  );
}
