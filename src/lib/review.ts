/** How fresh a listing's details are: due after the site's review interval, overdue after 12 months. */
export type ReviewState = 'current' | 'due' | 'overdue';

function addMonths(isoDate: string, months: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1 + months, day));
  return date.toISOString().slice(0, 10);
}

/** `today` is a YYYY-MM-DD date in UK time. */
export function reviewState(lastConfirmed: string, today: string, reviewMonths: number): ReviewState {
  if (addMonths(lastConfirmed, 12) <= today) return 'overdue';
  if (addMonths(lastConfirmed, reviewMonths) <= today) return 'due';
  return 'current';
}
