import { cleanFilters, FILTER_GROUPS, type SearchFilters } from './filters.ts';
import type { IndexLabels } from './record.ts';

/**
 * The search state lives in the URL (`/search/?q=walking&day=tue&cost=free`), so a link worker
 * can send a link, and Back, Forward and reload all give the same results. The parameter names
 * are the form's field names, so a plain form submission produces the same URL.
 */
export interface SearchState {
  q: string;
  filters: SearchFilters;
}

/** Typed words as stored: single spaces, no ends, at most 200 characters. */
const tidyQuery = (q: string): string => q.trim().replace(/\s+/g, ' ').slice(0, 200);

export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const q = tidyQuery(state.q);
  if (q) params.set('q', q);
  for (const group of FILTER_GROUPS) {
    for (const value of state.filters[group.key] ?? []) params.append(group.param, value);
  }
  return params;
}

/** "?q=walking&day=tue", or "" for the empty state. */
export function stateToQueryString(state: SearchState): string {
  const text = stateToParams(state).toString();
  return text ? `?${text}` : '';
}

/** Read a URL's search state, ignoring anything unknown or repeated. */
export function stateFromParams(params: URLSearchParams, labels: IndexLabels, lowCostMax: number): SearchState {
  const filters: SearchFilters = {};
  for (const group of FILTER_GROUPS) filters[group.key] = params.getAll(group.param);
  return { q: tidyQuery(params.get('q') ?? ''), filters: cleanFilters(filters, labels, lowCostMax) };
}
