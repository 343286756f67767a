import { useEffect, useLayoutEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createSearchEngine, type SearchEngine } from '../../outputs/search/engine.ts';
import { describeFilters, selectedCount, selectedOptions, shownGroups, type FilterKey } from '../../outputs/search/filters.ts';
import { fromWire, type IndexLabels, type SearchIndexWire } from '../../outputs/search/record.ts';
import { describeOutcome, printedSearch } from '../../outputs/search/summary.ts';
import { stateFromParams, stateToQueryString, type SearchState } from '../../outputs/search/url-state.ts';
import { useMyList } from '../my-list/use-my-list.ts';
// The same search form as the home page's (SearchForm.astro), with its styles.
import '../SearchForm.css';
import { FilterFields } from './FilterFields.tsx';
import { FilterTags } from './FilterTags.tsx';
import { earlySearchScript, markSearch } from './early-search.ts';
import { ListButton } from './ListButton.tsx';
import { NoResults, type SupportContact } from './NoResults.tsx';
import { ResultCard } from './ResultCard.tsx';

interface Props {
  indexUrl: string;
  labels: IndexLabels;
  lowCostMax: number;
  support: SupportContact;
  /**
   * Shown until the search has loaded: the server-rendered list (all listings, filterable with CSS),
   * and the loading and failure messages (which of them shows is decided by CSS; see early-search.ts).
   */
  children?: ReactNode;
}

const PAGE_SIZE = 30;
const EMPTY: SearchState = { q: '', filters: {} };
const ANNOUNCE_DELAY_MS = 700;

const readUrl = (labels: IndexLabels, lowCostMax: number): SearchState => stateFromParams(new URLSearchParams(window.location.search), labels, lowCostMax);

/**
 * The search page, enhanced: typing and ticking update results at once, the state lives in the
 * URL (Back, Forward, reload and shared links all work), and the count is announced politely.
 * Without JavaScript the same form and the server-rendered list still work (see nojs-css.ts).
 */
export default function SearchApp({ indexUrl, labels, lowCostMax, support, children }: Props) {
  const [state, setState] = useState<SearchState>(EMPTY);
  const [engine, setEngine] = useState<SearchEngine>();
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [announcement, setAnnouncement] = useState('');
  const [filtersOpen, setFiltersOpen] = useState(true);
  /** On a phone each filter group folds behind its name; elsewhere (and before the script runs) all are open. */
  const [openGroups, setOpenGroups] = useState<'all' | ReadonlySet<string>>('all');
  const [phone, setPhone] = useState(false);
  const resultsRef = useRef<HTMLElement>(null);
  const myList = useMyList();
  /** While printing, every result is shown, not just the first pages of them. */
  const [printing, setPrinting] = useState(false);
  const typing = useRef(false);
  const firstNew = useRef<HTMLLIElement>(null);
  const focusFirstNew = useRef(false);

  // Before the first paint after hydration, so the page takes its real shape (filters folded on a phone) without a jump.
  useLayoutEffect(() => {
    markSearch('hydrated');
    const first = readUrl(labels, lowCostMax);
    setState(first);
    const wide = window.matchMedia('(min-width: 48em)').matches;
    setFiltersOpen(wide);
    setPhone(!wide);
    if (!wide) setOpenGroups(new Set(Object.entries(first.filters).flatMap(([key, values]) => (values && values.length > 0 ? [key] : []))));
    const onPop = () => {
      typing.current = false;
      setState(readUrl(labels, lowCostMax));
      setLimit(PAGE_SIZE);
    };
    window.addEventListener('popstate', onPop);
    fetch(indexUrl)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((wire: SearchIndexWire) => {
        setEngine(createSearchEngine(fromWire(wire)));
        markSearch('loaded');
      })
      .catch(() => markSearch('failed'));
    return () => window.removeEventListener('popstate', onPop);
  }, [indexUrl, labels, lowCostMax]);

  // Printing from the browser's menu (or Ctrl+P) prints every result too: the list grows before the page is laid out for paper.
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  const outcome = useMemo(() => engine?.search(state), [engine, state]);
  const filterLabels = describeFilters(state.filters, labels, lowCostMax);
  const summary = outcome ? describeOutcome(state, outcome.records.length, filterLabels) : '';
  const shown = outcome ? (printing ? outcome.records : outcome.records.slice(0, limit)) : [];

  // Announce the count once typing pauses, so a screen reader isn't interrupted on every key (the count on screen changes at once).
  useEffect(() => {
    const timer = window.setTimeout(() => setAnnouncement(summary), ANNOUNCE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [summary]);

  useEffect(() => {
    if (focusFirstNew.current) firstNew.current?.querySelector('a')?.focus();
    focusFirstNew.current = false;
  }, [limit]);

  /** Change the state and the URL. A run of typing is one history entry; every other change is its own. */
  function update(next: SearchState, fromTyping: boolean) {
    const url = `${window.location.pathname}${stateToQueryString(next)}`;
    if (url !== `${window.location.pathname}${window.location.search}`) {
      if (fromTyping && typing.current) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    typing.current = fromTyping;
    setState(next);
    setLimit(PAGE_SIZE);
  }

  const setFilter = (key: FilterKey, values: string[]) => update({ ...state, filters: { ...state.filters, [key]: values } }, false);
  const fold = (key: FilterKey, isOpen: boolean) =>
    setOpenGroups((groups) => {
      const next = new Set(groups === 'all' ? shownGroups(labels, lowCostMax).map((group) => group.key) : groups);
      if (isOpen) next.add(key);
      else next.delete(key);
      return next;
    });
  /** "Show N results": fold the filters away and go to the results. */
  const showResults = () => {
    setFiltersOpen(false);
    window.requestAnimationFrame(() => {
      resultsRef.current?.focus();
      resultsRef.current?.scrollIntoView({ block: 'start' });
    });
  };
  const tags = selectedOptions(state.filters, labels, lowCostMax);
  const removeTag = (key: FilterKey, id: string, position: number) => {
    setFilter(
      key,
      (state.filters[key] ?? []).filter((value) => value !== id),
    );
    // The tag pressed is gone: the focus goes to the next one, or to the results.
    window.requestAnimationFrame(() => {
      const next = document.querySelectorAll<HTMLButtonElement>('.filter-tag')[position] ?? document.querySelectorAll<HTMLButtonElement>('.filter-tag')[position - 1];
      (next ?? resultsRef.current)?.focus();
    });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    typing.current = false;
  };
  const selected = selectedCount(state.filters);

  return (
    <div className="search">
      <form id="search-form" className="search-form" action="/search/" method="get" role="search" onSubmit={onSubmit}>
        <label htmlFor="search-q">Search for an activity or service</label>
        <span className="hint" id="search-q-hint">
          For example: walking, lunch club, lonely, money advice
        </span>
        <div className="search-row">
          <input id="search-q" name="q" type="search" aria-describedby="search-q-hint" autoComplete="off" value={state.q} onChange={(event) => update({ ...state, q: event.target.value }, true)} />
          {/* Runs as the page is read, before the search script: see early-search.ts. */}
          <script dangerouslySetInnerHTML={{ __html: earlySearchScript() }} />
          <button className="button" type="submit">
            Search
          </button>
        </div>
        <noscript>
          <p className="notice">
            Searching by words needs JavaScript, which is turned off in your browser. The filters below still work: tick the boxes and the list changes straight away. To keep the ones you like, print
            this page: it prints every listing shown, with its phone number.
          </p>
        </noscript>
      </form>
      <div className="search-body">
        <details className="filters" open={filtersOpen} onToggle={(event) => setFiltersOpen(event.currentTarget.open)}>
          <summary>Filters{selected > 0 ? ` (${selected} selected)` : ''}</summary>
          <div className="filters-body">
            <p>
              <a href="#results">Skip to the results</a>
            </p>
            <FilterFields form="search-form" labels={labels} lowCostMax={lowCostMax} filters={state.filters} onChange={setFilter} open={openGroups} onFold={fold} />
            {selected > 0 && (
              <button className="button button--secondary" type="button" onClick={() => update({ ...state, filters: {} }, false)}>
                Clear all filters
              </button>
            )}
            {phone && (
              <p className="filters-show">
                <button className="button" type="button" onClick={showResults}>
                  {outcome ? `Show ${outcome.records.length} ${outcome.records.length === 1 ? 'result' : 'results'}` : 'Show the results'}
                </button>
              </p>
            )}
          </div>
        </details>
        <section className="results" id="results" tabIndex={-1} aria-labelledby="results-heading" ref={resultsRef}>
          <h2 id="results-heading" className="visually-hidden">
            Results
          </h2>
          <FilterTags tags={tags} onRemove={removeTag} />
          {/* The count on screen always matches the results shown; a screen reader hears it once typing pauses. */}
          <p className="result-count" hidden={!outcome} aria-hidden="true">
            {summary}
          </p>
          <p role="status" aria-live="polite" aria-atomic="true" className="visually-hidden">
            {announcement}
          </p>
          {outcome ? (
            <>
              {outcome.records.length > 0 && (
                <>
                  <p className="print-only print-search">
                    <strong>Search results:</strong> {printedSearch(state, filterLabels)}. {outcome.records.length} {outcome.records.length === 1 ? 'listing' : 'listings'}.
                  </p>
                  <p className="print-results">
                    <button
                      className="button button--secondary"
                      type="button"
                      onClick={() => {
                        flushSync(() => setPrinting(true));
                        window.print();
                      }}
                    >
                      Print {outcome.records.length > 1 ? `all ${outcome.records.length} results` : 'this result'}
                    </button>
                  </p>
                </>
              )}
              {outcome.partial && <p className="notice">Not every listing here matches all of your words: some match all but one of them.</p>}
              {outcome.records.length === 0 ? (
                <NoResults outcome={outcome} state={state} support={support} onChange={(next) => update(next, false)} />
              ) : (
                <ol className="listing-list search-results">
                  {shown.map((record, position) => (
                    <ResultCard
                      key={record.s}
                      record={record}
                      labels={labels}
                      where={engine?.index.places[record.w] ?? ''}
                      {...(position === limit - PAGE_SIZE && position > 0 ? { ref: firstNew } : {})}
                      action={<ListButton on={myList.has(record.s)} title={record.t} onToggle={() => myList.toggle(record.s, record.t)} />}
                    />
                  ))}
                </ol>
              )}
              {outcome.records.length > shown.length && (
                <button
                  className="button button--secondary"
                  type="button"
                  onClick={() => {
                    focusFirstNew.current = true;
                    setLimit(limit + PAGE_SIZE);
                  }}
                >
                  Show {Math.min(PAGE_SIZE, outcome.records.length - limit)} more
                </button>
              )}
            </>
          ) : (
            children
          )}
        </section>
      </div>
    </div>
  );
}
