/**
 * The search page's first moments, before its script has loaded. This function runs inline, as
 * soon as the search box has been read (SearchApp writes it out with its source, right after the
 * box), so it must not refer to anything outside itself. It:
 * - puts the query from the address into the box, from the first paint;
 * - marks <html> so the CSS (search.css) shows "Finding listings…" instead of the A to Z list while
 *   the search loads, and keeps the filters folded on a phone (no layout jump when they fold);
 * - if the search has not loaded after `failAfterMs`, or its script fails, marks the page failed:
 *   the CSS then shows what still works (browse pages, the filters, the support phone), the boxes
 *   the address asks for are ticked, so the filters narrow the full list without the search, and on
 *   a phone the filters fold away so the message is in reach.
 * SearchApp adds `search-hydrated` once it runs and `search-loaded` once the search is ready.
 */
export function earlySearch(failAfterMs: number): void {
  const root = document.documentElement;
  const params = new URLSearchParams(window.location.search);
  const query = params.get('q') ?? '';
  const box = document.getElementById('search-q');
  if (box instanceof HTMLInputElement && query) box.value = query;
  root.classList.add('search-js');
  if ([...params.values()].some((value) => value !== '')) root.classList.add('search-asked');
  const fail = () => {
    if (root.classList.contains('search-loaded')) return;
    root.classList.add('search-failed');
    params.forEach((value, key) => {
      for (const input of document.querySelectorAll<HTMLInputElement>(`.filters input[name="${CSS.escape(key)}"]`)) if (input.value === value) input.checked = true;
    });
    // On a phone, fold the filters (and each group without a tick) so the message and the list are in reach.
    if (window.matchMedia('(max-width: 47.99em)').matches) {
      for (const fold of document.querySelectorAll<HTMLDetailsElement>('.filters, .filter-fold'))
        fold.open = fold.classList.contains('filter-fold') && fold.querySelector('input:checked:not([value=""])') !== null;
    }
  };
  window.setTimeout(fail, failAfterMs);
  // A script that fails to load rejects the island's import.
  window.addEventListener('unhandledrejection', () => {
    if (!root.classList.contains('search-hydrated')) fail();
  });
}

/** How long the page waits for the search before it says so and offers the alternatives. */
export const SEARCH_FAIL_AFTER_MS = 8000;

/** The inline script: the function's own source, called. */
export const earlySearchScript = (): string => `(${earlySearch.toString()})(${SEARCH_FAIL_AFTER_MS})`;

/** The classes SearchApp sets on <html>: running (hydrated), search ready (loaded), or failed. */
export function markSearch(state: 'hydrated' | 'loaded' | 'failed'): void {
  document.documentElement.classList.add(`search-${state}`);
}
