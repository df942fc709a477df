import { useI18n } from '../../i18n/LanguageProvider.tsx';
import '../suggestions.css';

/** Shows or hides the map layer of suggestions per county. */
export function SuggestionLayerToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  const { t } = useI18n();
  return (
    <label className="check suggestion-layer-toggle" title={t.suggestions.layerLegend}>
      <input
        type="checkbox"
        data-testid="suggestion-layer"
        checked={on}
        onChange={(event) => onChange(event.target.checked)}
      />
      {t.suggestions.layer}
    </label>
  );
}
