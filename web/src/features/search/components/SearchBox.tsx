import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { formatNumber, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { metaQuery } from '../../meta/api/meta.ts';
import { type SearchResult, searchQuery } from '../api/search.ts';
import '../search.css';

interface SearchBoxProps {
  /** Opens a result's page (and brings it into view); the box is then emptied. */
  onOpen: (result: SearchResult) => void;
}

// Typing is answered after a short pause, not on every key.
const pauseMs = 180;

/**
 * The one search box: provinces, counties of every boundary set and projects, answered by the server in
 * whatever spelling was typed (Arabic letters, half-spaces, digits, English names, a typo). A combobox of
 * the ARIA pattern: the list follows the arrow keys, Enter opens the active result or else the first,
 * Escape closes the list and then empties the box. Self-contained, so any header can place it.
 */
export function SearchBox({ onOpen }: SearchBoxProps) {
  const { t, lang } = useI18n();
  const m = t.search;
  const id = useId();
  const listId = `${id}-results`;
  const [text, setText] = useState('');
  const [asked, setAsked] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Enter pressed before the answer for the text in the box came: the first result opens when it does.
  const [enterPending, setEnterPending] = useState(false);
  const sets = useQuery(metaQuery).data?.boundarySets;

  useEffect(() => {
    const timer = setTimeout(() => setAsked(text.trim()), pauseMs);
    return () => clearTimeout(timer);
  }, [text]);
  const query = useQuery({ ...searchQuery(asked), placeholderData: keepPreviousData });
  const results = asked ? (query.data?.results ?? []) : [];
  // The answer for what is in the box now; an older one is shown only until the new one arrives.
  const current = query.data?.q === asked;
  const showList = open && asked.length > 0;

  useEffect(() => {
    void asked;
    setActive(-1);
  }, [asked]);

  const openResult = (result: SearchResult | undefined) => {
    if (!result) return;
    onOpen(result);
    setText('');
    setAsked('');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const n = results.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        if (n) setActive((a) => (a + 1) % n);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        if (n) setActive((a) => (a <= 0 ? n - 1 : a - 1));
        break;
      case 'Enter': {
        event.preventDefault();
        // Typed fast and Enter at once: the answer for the exact text is awaited, never an older one.
        if (text.trim() !== asked || !current) {
          const wanted = text.trim();
          if (!wanted) return;
          setAsked(wanted);
          setEnterPending(true);
          return;
        }
        openResult(results[Math.max(active, 0)]);
        break;
      }
      // The list first, then the text; only an empty box lets Escape through (it closes the side panel).
      case 'Escape':
        // Not the browser's own Escape of a search field, which would empty it while the list closes.
        if (showList) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
        } else if (text) {
          event.preventDefault();
          event.stopPropagation();
          setText('');
        }
        break;
      default:
    }
  };

  const settled = current && !query.isFetching;
  const first = results[0];
  // biome-ignore lint/correctness/useExhaustiveDependencies: openResult is recreated each render
  useEffect(() => {
    if (!enterPending || !settled) return;
    setEnterPending(false);
    openResult(first);
  }, [enterPending, settled, first]);

  const describe = (r: SearchResult) => {
    const parts = [m.kinds[r.kind]];
    if (r.county) parts.push(m.inCounty(localName(lang, r.county)));
    if (r.province) parts.push(m.inProvince(localName(lang, r.province)));
    if (r.kind === 'county' && r.set !== 'current') {
      const set = sets?.find((s) => s.code === r.set);
      parts.push(set ? localName(lang, set) : (r.set ?? ''));
    }
    return parts.join(' · ');
  };

  return (
    <div className="field search-box" data-testid="search-box">
      <label htmlFor={id} className="field-label">
        {m.label}
      </label>
      <input
        id={id}
        className="select search-input"
        data-testid="site-search"
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        maxLength={100}
        value={text}
        placeholder={m.placeholder}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={m.results}
        className="search-results"
        data-testid="search-results"
        data-state={query.isFetching || !current ? 'loading' : 'ready'}
        data-query={asked}
        hidden={!showList}
      >
        {results.map((r, i) => (
          // The options are not focused: the box keeps the focus and names the active one with
          // aria-activedescendant (the ARIA combobox pattern), so the keys are the box's (onKeyDown above).
          // biome-ignore lint/a11y/useFocusableInteractive: the combobox pattern, see above
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox pattern, see above
          <div
            key={`${r.kind}-${r.set}-${r.code ?? r.id}`}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={`search-result ${i === active ? 'is-active' : ''}`}
            data-testid="search-result"
            data-kind={r.kind}
            data-path={r.path}
            // Before the input's blur closes the list. An option holds no link (ARIA: its content is
            // presentational); it opens its page, `data-path`, like a link would.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => openResult(r)}
          >
            <span className="search-result-name">{localName(lang, r)}</span>
            <span className="search-result-meta">{describe(r)}</span>
          </div>
        ))}
        {showList && current && results.length === 0 && !query.isFetching ? (
          <div role="presentation" className="search-empty">
            {m.none}
          </div>
        ) : null}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {showList && current && !query.isFetching
          ? results.length
            ? m.count(formatNumber(lang, results.length))
            : m.none
          : ''}
      </p>
    </div>
  );
}
