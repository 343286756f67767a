import { calendarDate, isoDate } from './schedule-text.ts';

/** How fresh a listing's details are: due after the site's review interval, overdue after 12 months. */
export type ReviewState = 'current' | 'due' | 'overdue';

/** What each review state is called on staff pages and the dashboard. */
export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  current: 'Up to date',
  due: 'Due for review',
  overdue: 'Overdue: not confirmed for a year or more',
};

/** After this many months without being confirmed, a listing is overdue for review. */
export const OVERDUE_MONTHS = 12;

/** A YYYY-MM-DD date some calendar months on (31 January + 1 month = 3 March), in UTC. */
export function addMonths(date: string, months: number): string {
  const start = calendarDate(date);
  return isoDate(new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, start.getUTCDate())));
}

/** `today` is a YYYY-MM-DD date in UK time. */
export function reviewState(lastConfirmed: string, today: string, reviewMonths: number): ReviewState {
  if (addMonths(lastConfirmed, OVERDUE_MONTHS) <= today) return 'overdue';
  if (addMonths(lastConfirmed, reviewMonths) <= today) return 'due';
  return 'current';
}
