import type { SearchState } from './url-state.ts';

/** The results line, read out to screen readers: "12 listings match “walking”, filtered by: Free, Tuesday." */
export function describeOutcome(state: SearchState, count: number, filterLabels: readonly string[]): string {
  const noun = count === 1 ? 'listing' : 'listings';
  const filtered = filterLabels.length > 0 ? `, filtered by: ${filterLabels.join(', ')}` : '';
  const words = state.q.trim();
  if (count === 0) return `No listings match${words ? ` “${words}”` : ''}${filtered}.`;
  if (words) return `${count} ${noun} ${count === 1 ? 'matches' : 'match'} “${words}”${filtered}. Best matches first.`;
  return `${count} ${noun}${filtered}, in A to Z order.`;
}

/** What printed results say at the top: the words and filters, like "walking · Free · Tuesday · Step-free entrance". */
export function printedSearch(state: SearchState, filterLabels: readonly string[]): string {
  const parts = [...(state.q.trim() ? [`“${state.q.trim()}”`] : []), ...filterLabels];
  return parts.length > 0 ? parts.join(' · ') : 'All listings';
}
