import { FILTER_GROUPS, filterGroup, recordSlots, shownGroups, SLOTS, type FilterGroup } from './filters.ts';
import type { IndexLabels, SearchRecord } from './record.ts';

/**
 * Filters that work with JavaScript off. The search page is built with every listing on it;
 * each card carries a class per option it has (`day-tue`, `cost-free`…), and these CSS rules
 * hide cards that don't pass the ticked boxes, using `:has()`. The same FILTER_GROUPS rules
 * apply: `any` groups keep cards with at least one ticked option, `all` and `one` groups
 * need every ticked option. A CSS counter shows how many are left.
 */
const SCOPE = '.search';
const CARD = '.nojs-results > li';

export const optionId = (group: Pick<FilterGroup, 'param'>, option: string): string => `f-${group.param}-${option}`;
export const optionClass = (group: Pick<FilterGroup, 'param'>, option: string): string => `${group.param}-${option}`;
const slotClass = (slot: { day: string; time: string }) => `slot-${slot.day}-${slot.time}`;

/** A day and a time ticked together: keep only cards with a session at a ticked time on a ticked day (passesDayAndTime). */
function dayAndTimeRule(): string {
  const DAY = filterGroup('days');
  const TIME = filterGroup('times');
  const pairs = SLOTS.map((slot) => `${SCOPE}:has(#${optionId(DAY, slot.day)}:checked):has(#${optionId(TIME, slot.time)}:checked) .${slotClass(slot)}`);
  return `${SCOPE}:has([name="${DAY.param}"]:checked):has([name="${TIME.param}"]:checked) ${CARD}:not(${pairs.join(', ')})`;
}

export function noJsFilterCss(labels: IndexLabels, lowCostMax: number): string {
  // Only groups with options: an empty `:not()` would make the whole rule invalid.
  const rules = shownGroups(labels, lowCostMax).flatMap((group) => {
    const options = group.options(labels, lowCostMax).map((option) => option.id);
    const ticked = (option: string) => `${SCOPE}:has(#${optionId(group, option)}:checked)`;
    if (group.kind === 'any') {
      const passes = options.map((option) => `${ticked(option)} .${optionClass(group, option)}`).join(', ');
      return [`${SCOPE}:has([name="${group.param}"]:checked) ${CARD}:not(${passes})`];
    }
    return options.map((option) => `${ticked(option)} ${CARD}:not(.${optionClass(group, option)})`);
  });
  rules.push(dayAndTimeRule());
  return [
    `${rules.join(',\n')} { display: none; }`,
    `.nojs-results { counter-reset: shown; }`,
    `${CARD} { counter-increment: shown; }`,
    `.nojs-count-number::before { content: counter(shown); }`,
  ].join('\n');
}

/** The classes a card needs for the CSS filters. */
export function recordClasses(record: SearchRecord, labels: IndexLabels): string {
  return [...FILTER_GROUPS.flatMap((group) => group.values(record, labels).map((value) => optionClass(group, value))), ...recordSlots(record).map(slotClass)].join(' ');
}
