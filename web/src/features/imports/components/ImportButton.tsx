import { useI18n } from '../../i18n/LanguageProvider.tsx';

/** Opens the import dialog; shown to editors only (the caller decides). */
export function ImportButton() {
  const { t } = useI18n();
  return (
    <button type="button" className="button" data-testid="open-import">
      {t.imports.open}
    </button>
  );
}
