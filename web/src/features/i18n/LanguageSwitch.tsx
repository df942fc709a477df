import { useI18n } from './LanguageProvider.tsx';

export function LanguageSwitch() {
  const { lang, t, setLang } = useI18n();
  const next = lang === 'fa' ? 'en' : 'fa';
  return (
    <button
      type="button"
      className="button language-switch"
      data-testid="language-switch"
      lang={next}
      aria-label={t.switchLanguageLabel}
      onClick={() => setLang(next)}
    >
      {t.switchLanguage}
    </button>
  );
}
