import { useI18n } from '../../features/i18n/LanguageProvider.tsx';

interface Loadable {
  error: Error | null;
  refetch: () => unknown;
}

export interface LoadError {
  what: string;
  error: Error | null;
  retry: () => void;
}

/** The base data that failed to load, each named for the notice and with its own retry. */
export function useLoadErrors(sources: {
  counties: Loadable;
  provinces: Loadable;
  projects: Loadable;
  indicators: Loadable;
  meta: Loadable;
}): LoadError[] {
  const { t } = useI18n();
  const { counties, provinces, projects, indicators, meta } = sources;
  return [
    { what: t.what.counties, error: counties.error, retry: counties.refetch },
    { what: t.what.provinces, error: provinces.error, retry: () => void provinces.refetch() },
    { what: t.what.projects, error: projects.error, retry: () => void projects.refetch() },
    { what: t.what.indicators, error: indicators.error, retry: () => void indicators.refetch() },
    { what: t.what.meta, error: meta.error, retry: () => void meta.refetch() },
  ].filter((e) => e.error);
}
