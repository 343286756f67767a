import { costFilterOptions } from '../../domain/cost.ts';
import { THIS_WEEK_DAYS } from '../../domain/week.ts';
import { DAYS, DELIVERY_MODES, TIMES_OF_DAY } from '../../schemas/lists.ts';
import { FLAG, slotBit, slotBits, type IndexLabels, type LabelTerm, type SearchRecord } from './record.ts';

/**
 * Every search filter, described once. This list feeds the form (fieldsets, legends, hints),
 * the URL (`param`), the matching rule, the no-JavaScript CSS filters and the
 * "remove this filter" suggestion, so a new filter is added here and nowhere else.
 *
 * - `any`: a listing matches if it has at least one ticked option (days, towns…);
 * - `all`: a listing matches only if it has every ticked option (access features);
 * - `one`: radio buttons, at most one option (cost).
 */
export type FilterKind = 'any' | 'all' | 'one';

/** How it runs: "outdoors" counts as in person. */
export const HOW_OPTIONS: LabelTerm[] = DELIVERY_MODES.items.filter((mode) => mode.id !== 'outdoors').map(({ id, label }) => ({ id, label }));

export const SHOW_OPTIONS: LabelTerm[] = [
  { id: 'taking-new', label: 'Taking new people now' },
  { id: 'this-week', label: `On in the next ${THIS_WEEK_DAYS} days` },
];

const bitValues = (bits: number, options: readonly LabelTerm[]) => options.filter((_, index) => bits & (1 << index)).map((option) => option.id);
const termValues = (positions: readonly number[], terms: readonly LabelTerm[]) => positions.flatMap((position) => terms[position]?.id ?? []);

export interface FilterGroup {
  key: string;
  /** The URL parameter and the form field name. */
  param: string;
  legend: string;
  hint?: string;
  kind: FilterKind;
  options: (labels: IndexLabels, lowCostMax: number) => LabelTerm[];
  /** The option ids a listing has in this group. */
  values: (record: SearchRecord, labels: IndexLabels) => string[];
}

/** A group whose options are one taxonomy's terms, stored in the record as positions in that list. */
function taxonomyGroup<K extends 'categories' | 'audiences' | 'towns'>(key: K, param: string, legend: string, field: 'c' | 'a' | 'r') {
  return {
    key,
    param,
    legend,
    kind: 'any' as const,
    options: (labels: IndexLabels) => labels[key],
    values: (record: SearchRecord, labels: IndexLabels) => termValues(record[field], labels[key]),
  } satisfies FilterGroup;
}

export const FILTER_GROUPS = [
  // Staff build only: the public index has no staff labels, so these groups have no options there
  // and never appear. They come first because link workers usually start from how to refer.
  {
    key: 'referral',
    param: 'referral',
    // The staff legends come from the staff index (legendOf), so the public script has no staff wording.
    legend: '',
    kind: 'all',
    options: (labels) => labels.staff?.show ?? [],
    values: (record, labels) => bitValues(record.y ?? 0, labels.staff?.show ?? []),
  },
  {
    key: 'method',
    param: 'method',
    legend: '',
    kind: 'any',
    options: (labels) => labels.staff?.methods ?? [],
    values: (record, labels) => termValues(record.e === undefined ? [] : [record.e], labels.staff?.methods ?? []),
  },
  {
    key: 'cost',
    param: 'cost',
    legend: 'Cost',
    kind: 'one',
    options: (_labels, lowCostMax) => costFilterOptions(lowCostMax),
    values: (record) => [...(record.f & FLAG.free ? ['free'] : []), ...(record.f & FLAG.lowCost ? ['low'] : [])],
  },
  {
    key: 'days',
    param: 'day',
    legend: 'Day of the week',
    hint: 'Shows activities on any of the days you choose.',
    kind: 'any',
    options: () => DAYS.items.map(({ id, label }) => ({ id, label })),
    values: (record) => bitValues(record.d, DAYS.items),
  },
  {
    key: 'times',
    param: 'time',
    legend: 'Time of day',
    hint: 'With a day chosen, shows activities at that time on that day.',
    kind: 'any',
    options: () => TIMES_OF_DAY.items.map(({ id, label }) => ({ id, label })),
    values: (record) => bitValues(record.m, TIMES_OF_DAY.items),
  },
  {
    key: 'show',
    param: 'show',
    legend: 'Only show',
    kind: 'all',
    options: () => SHOW_OPTIONS,
    values: (record) => [...(record.f & FLAG.takingNew ? ['taking-new'] : []), ...(record.f & FLAG.thisWeek ? ['this-week'] : [])],
  },
  {
    key: 'access',
    param: 'access',
    legend: 'Access',
    hint: 'Shows places that have everything you choose.',
    kind: 'all',
    options: (labels) => labels.accessFeatures,
    values: (record, labels) => termValues(record.x, labels.accessFeatures),
  },
  {
    key: 'how',
    param: 'how',
    legend: 'How it runs',
    kind: 'any',
    options: () => HOW_OPTIONS,
    values: (record) => bitValues(record.p, HOW_OPTIONS),
  },
  taxonomyGroup('categories', 'category', 'Type of activity', 'c'),
  taxonomyGroup('audiences', 'for', "Who it's for", 'a'),
  taxonomyGroup('towns', 'town', 'Town or village', 'r'),
] as const satisfies readonly FilterGroup[];

/** One filter group, by key. */
export const filterGroup = (key: FilterKey): FilterGroup => FILTER_GROUPS.find((group) => group.key === key)!;

/** A group's legend; the staff groups take theirs from the staff index. */
export function legendOf(group: FilterGroup, labels: IndexLabels): string {
  const staffLegends: Readonly<Record<string, string>> | undefined = labels.staff?.legends;
  return staffLegends?.[group.key] ?? group.legend;
}

/** The groups this index has options for (the staff groups only exist in the staff build). */
export function shownGroups(labels: IndexLabels, lowCostMax: number): FilterGroup[] {
  return FILTER_GROUPS.filter((group: FilterGroup) => group.options(labels, lowCostMax).length > 0);
}

export type FilterKey = (typeof FILTER_GROUPS)[number]['key'];

/** The ticked options, by group. A missing or empty group means "any". */
export type SearchFilters = Partial<Record<FilterKey, string[]>>;

export const selectedCount = (filters: SearchFilters): number => Object.values(filters).reduce((sum, values) => sum + (values?.length ?? 0), 0);

/** The rule for one group: nothing ticked passes; `all` needs every ticked option, `any` and `one` need one of them. */
export function passesSelection(kind: FilterKind, selected: readonly string[], has: readonly string[]): boolean {
  if (selected.length === 0) return true;
  return kind === 'all' ? selected.every((id) => has.includes(id)) : selected.some((id) => has.includes(id));
}

/** Whether a listing passes one group. */
export function passesGroup(group: FilterGroup, selected: readonly string[], record: SearchRecord, labels: IndexLabels): boolean {
  return passesSelection(group.kind, selected, group.values(record, labels));
}

/** Every (day, time of day) pair, with its bit in a record's slots. */
export const SLOTS = DAYS.items.flatMap((day, dayPosition) => TIMES_OF_DAY.items.map((time, timePosition) => ({ day: day.id, time: time.id, bit: slotBit(dayPosition, timePosition) })));

/** The (day, time) pairs a listing runs at. */
export function recordSlots(record: SearchRecord): typeof SLOTS {
  const bits = slotBits(record);
  return SLOTS.filter((slot) => bits & slot.bit);
}

/**
 * Day and time of day chosen together mean "at that time on that day": a group that meets on
 * Tuesday mornings and Thursday evenings is not on a Tuesday evening. Either one alone keeps
 * its own any-of rule.
 */
export function passesDayAndTime(filters: SearchFilters, record: SearchRecord): boolean {
  const days = filters.days ?? [];
  const times = filters.times ?? [];
  if (days.length === 0 || times.length === 0) return true;
  return recordSlots(record).some((slot) => days.includes(slot.day) && times.includes(slot.time));
}

/** Whether a listing passes every filter. */
export function passesFilters(filters: SearchFilters, record: SearchRecord, labels: IndexLabels): boolean {
  return FILTER_GROUPS.every((group) => passesGroup(group, filters[group.key] ?? [], record, labels)) && passesDayAndTime(filters, record);
}

/** The ticked options, in form order, with their groups: the removable tags above the results. */
export function selectedOptions(filters: SearchFilters, labels: IndexLabels, lowCostMax: number): { key: FilterKey; id: string; label: string }[] {
  return FILTER_GROUPS.flatMap((group) => {
    const selected = filters[group.key] ?? [];
    return group
      .options(labels, lowCostMax)
      .filter((option) => selected.includes(option.id))
      .map((option) => ({ key: group.key as FilterKey, id: option.id, label: group.key === 'cost' && option.id === 'low' ? 'Free or low cost' : option.label }));
  });
}

/** The ticked options' labels, in form order: "Free, Tuesday, Step-free entrance". */
export function describeFilters(filters: SearchFilters, labels: IndexLabels, lowCostMax: number): string[] {
  return selectedOptions(filters, labels, lowCostMax).map((option) => option.label);
}

/** Keep only known options, once each, in form order (so equal states give equal URLs). */
export function cleanFilters(filters: SearchFilters, labels: IndexLabels, lowCostMax: number): SearchFilters {
  const clean: SearchFilters = {};
  for (const group of FILTER_GROUPS) {
    const selected = filters[group.key] ?? [];
    const kept = group
      .options(labels, lowCostMax)
      .map((option) => option.id)
      .filter((id) => selected.includes(id));
    const values = group.kind === 'one' ? kept.slice(0, 1) : kept;
    if (values.length > 0) clean[group.key] = values;
  }
  return clean;
}
