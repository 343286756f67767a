import { townIds } from '../domain/browse.ts';
import type { ListingView } from '../domain/listing-view.ts';
import type { WeekFilters } from '../domain/this-week.ts';

/**
 * "This week" filters that work with JavaScript off, as the search page's do (search/nojs-css.ts):
 * each card carries its classes (weekItemClasses: `wk-cost-free`, `wk-town-par`…), a radio button
 * per choice, and these rules hide the cards, the days and the "every weekday" list that have
 * nothing left, and show "Nothing matches" when nothing is left at all.
 */
const SCOPE = '.this-week';
type Group = keyof WeekFilters;
const GROUPS: readonly Group[] = ['cost', 'town'];

/** The radio button's id; `any` for "any cost" or "anywhere". */
export const weekInputId = (group: Group, option: string): string => `wf-${group}-${option}`;
/** The class a card carries when it has that choice. */
const cardClass = (group: Group, option: string): string => `wk-${group}-${option}`;

/** The filter classes of one card: its cost (free, low) and its towns. */
export function weekItemClasses(listing: ListingView): string {
  return [...(listing.free ? [cardClass('cost', 'free')] : []), ...(listing.lowCost ? [cardClass('cost', 'low')] : []), ...townIds(listing).map((town) => cardClass('town', town))].join(' ');
}

export function weekFilterCss(filters: WeekFilters): string {
  const ticked = (group: Group, option: string) => `:has(#${weekInputId(group, option)}:checked)`;
  const cards = GROUPS.flatMap((group) => filters[group].map((option) => `${SCOPE}${ticked(group, option.id)} .week-item:not(.${cardClass(group, option.id)})`));
  // Every pair of choices (cost × town, "any" included): the sections with no card of that pair are hidden.
  const choices = (group: Group) => ['any', ...filters[group].map((option) => option.id)];
  const pairs = choices('cost').flatMap((cost) => choices('town').map((town) => ({ cost, town })));
  const narrowed = pairs.filter(({ cost, town }) => cost !== 'any' || town !== 'any');
  const scope = ({ cost, town }: { cost: string; town: string }) => `${SCOPE}${ticked('cost', cost)}${ticked('town', town)}`;
  const match = ({ cost, town }: { cost: string; town: string }) => [cost === 'any' ? '' : `.${cardClass('cost', cost)}`, town === 'any' ? '' : `.${cardClass('town', town)}`].join('');
  const sections = narrowed.map((pair) => `${scope(pair)} .week-section:not(:has(${match(pair)}))`);
  const none = narrowed.map((pair) => `${scope(pair)}:not(:has(${match(pair)})) .week-none`);
  return [`${[...cards, ...sections].join(',\n')} { display: none; }`, `.week-none { display: none; }`, `${none.join(',\n')} { display: block; }`].join('\n');
}
