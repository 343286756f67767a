const LONDON = 'Europe/London';

/** Today's date in the UK as YYYY-MM-DD (en-CA formats dates that way). */
export function londonDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: LONDON, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** "Tuesday 3 March 2026" for a YYYY-MM-DD date. */
export function longDate(isoDate: string, withYear = true): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', ...(withYear ? { year: 'numeric' } : {}) }).format(date).replace(',', '');
}

/** "3 March 2026" for a YYYY-MM-DD date. */
export function plainDate(isoDate: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${isoDate}T12:00:00Z`));
}
