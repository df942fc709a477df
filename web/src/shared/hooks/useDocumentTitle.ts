import { useEffect } from 'react';
import { useI18n } from '../../features/i18n/LanguageProvider.tsx';

/**
 * The tab's title while a page is shown (the server writes the same into the HTML of a page opened
 * directly, for link previews); the app's own title again when it is left.
 */
export function useDocumentTitle(name: string | undefined) {
  const { lang } = useI18n();
  useEffect(() => {
    if (!name) return;
    const app = lang === 'fa' ? 'توازن' : 'Tavazon';
    document.title = `${name} · ${app}`;
    return () => {
      document.title = lang === 'fa' ? 'توازن · Tavazon' : 'Tavazon · توازن';
    };
  }, [name, lang]);
}
