import { useInfiniteQuery } from '@tanstack/react-query';
import { type ProjectSort, projectSorts } from '@tavazon/contract';
import { useDeferredValue, useState } from 'react';
import { ErrorNotice } from '../../../shared/components/ErrorNotice.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Sector } from '../../meta/api/meta.ts';
import { type ProjectFilter, registryPagesQuery } from '../api/projects.ts';
import type { ProjectFeature } from '../api/types.ts';
import { ProjectList } from '../components/ProjectList.tsx';

/**
 * The registry's list, a page at a time (GET /api/projects pages by keyset): ordered and searched by the
 * server, so a registry of a million projects loads no more than the pages the user asks for.
 */
export function useRegistryPages(filter: ProjectFilter) {
  const [sort, setSort] = useState<ProjectSort>('id');
  const [search, setSearch] = useState('');
  // Typing does not wait for each keystroke's page; the list follows the last word typed.
  const q = useDeferredValue(search);
  const pages = useInfiniteQuery(registryPagesQuery(filter, sort, q));
  const features = pages.data?.pages.flatMap((p) => p.features) ?? [];
  return { sort, setSort, search, setSearch, pages, features };
}

interface RegistryListProps {
  list: ReturnType<typeof useRegistryPages>;
  sectors: Sector[];
  onSelect: (project: ProjectFeature) => void;
}

/** The list's search, order, the pages loaded so far and the button for the next one. */
export function RegistryList({ list, sectors, onSelect }: RegistryListProps) {
  const { t, lang } = useI18n();
  const w = t.registryList;
  const { sort, setSort, search, setSearch, pages, features } = list;
  return (
    <div className="registry-list" data-testid="registry-list">
      <div className="field-row">
        <div className="field">
          <label className="field-label" htmlFor="registry-search">
            {w.searchLabel}
          </label>
          <input
            id="registry-search"
            type="search"
            className="input"
            data-testid="registry-search"
            placeholder={w.searchPlaceholder}
            value={search}
            maxLength={200}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="registry-sort">
            {w.sortLabel}
          </label>
          <select
            id="registry-sort"
            className="select"
            data-testid="registry-sort"
            value={sort}
            onChange={(e) => setSort(e.target.value as ProjectSort)}
          >
            {projectSorts.map((s) => (
              <option key={s} value={s}>
                {w.sorts[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {pages.error ? (
        <ErrorNotice what={t.what.projects} error={pages.error} onRetry={() => void pages.refetch()} />
      ) : pages.data ? (
        <>
          <ProjectList projects={features} sectors={sectors} onSelect={onSelect} />
          {pages.hasNextPage ? (
            <div className="registry-more">
              <span className="muted" data-testid="registry-shown" data-count={features.length}>
                {w.shownSoFar(formatNumber(lang, features.length))}
              </span>
              <button
                type="button"
                className="button button-small"
                data-testid="registry-more"
                disabled={pages.isFetchingNextPage}
                onClick={() => void pages.fetchNextPage()}
              >
                {pages.isFetchingNextPage ? t.loading : w.more}
              </button>
            </div>
          ) : null}
        </>
      ) : (
        <p className="muted loading-line">{t.loading}</p>
      )}
    </div>
  );
}
