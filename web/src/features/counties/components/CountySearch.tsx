import { useId, useMemo, useState } from 'react';
import { localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { ProvinceCollection } from '../../provinces/api/provinces.ts';
import type { CountyFeature } from '../api/counties.ts';

interface CountySearchProps {
  counties: CountyFeature[];
  provinces: ProvinceCollection | undefined;
  onPick: (county: CountyFeature) => void;
}

/**
 * Finding a county by name, for keyboard users and for anyone who does not know where it lies. A native
 * datalist keeps it accessible without a custom combobox; names repeat across provinces, so each option
 * carries its province.
 */
export function CountySearch({ counties, provinces, onPick }: CountySearchProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const options = useMemo(() => {
    const provinceName = new Map(
      provinces?.features.map((p) => [p.properties.code, localName(lang, p.properties)]),
    );
    return counties
      .map((county) => {
        const province = provinceName.get(county.properties.province);
        return { county, label: `${localName(lang, county.properties)}${province ? ` (${province})` : ''}` };
      })
      .sort((a, b) => a.label.localeCompare(b.label, lang));
  }, [counties, provinces, lang]);

  return (
    <div className="field county-search">
      <label htmlFor={id} className="field-label">
        {t.findCounty}
      </label>
      <input
        id={id}
        className="select search-input"
        data-testid="county-search"
        list={`${id}-options`}
        value={text}
        placeholder={t.findCountyPlaceholder}
        autoComplete="off"
        onChange={(event) => {
          const value = event.target.value;
          const match = options.find((o) => o.label === value);
          if (match) {
            onPick(match.county);
            setText('');
          } else setText(value);
        }}
      />
      <datalist id={`${id}-options`}>
        {options.map((o) => (
          <option key={o.county.properties.code} value={o.label} />
        ))}
      </datalist>
    </div>
  );
}
