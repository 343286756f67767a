/**
 * Parse the ways volunteers write a time of day ("10am", "10.30", "2:15pm", "12 noon", "14:00")
 * into 24-hour "HH:MM". Returns null when it is not clearly a time ("10ish", "10", "morning").
 */
export function parseTime(input: string): string | null {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^(12 ?)?(noon|midday)$/.test(text)) return '12:00';
  if (/^(12 ?)?midnight$/.test(text)) return '00:00';
  const match = /^(\d{1,2})(?:[:.](\d{2}))? ?(am|pm|a\.m\.|p\.m\.)?$/.exec(text);
  if (!match) return null;
  const [, hoursText, minutesText, suffix] = match;
  let hours = Number(hoursText);
  const minutes = minutesText === undefined ? 0 : Number(minutesText);
  // A bare hour ("10") could be morning or evening, so insist on am/pm or minutes.
  if (minutesText === undefined && suffix === undefined) return null;
  if (minutes > 59) return null;
  if (suffix) {
    if (hours < 1 || hours > 12) return null;
    const pm = suffix.startsWith('p');
    if (pm && hours !== 12) hours += 12;
    if (!pm && hours === 12) hours = 0;
  } else if (hours > 23) {
    return null;
  }
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/**
 * The times parseTime accepts, as a regular expression for forms that can only check a pattern
 * (the CMS). A test holds the two to the same answers.
 */
export const TIME_PATTERN =
  '^\\s*(?:(?:12\\s*)?(?:[Nn][Oo][Oo][Nn]|[Mm][Ii][Dd][Dd][Aa][Yy]|[Mm][Ii][Dd][Nn][Ii][Gg][Hh][Tt])|(?:0?[1-9]|1[0-2])(?:[:.][0-5]\\d)?\\s*(?:[AaPp][Mm]|[AaPp]\\.[Mm]\\.)|(?:[01]?\\d|2[0-3])[:.][0-5]\\d)\\s*$';

/** Minutes since midnight for an "HH:MM" time. */
export function minutesOfDay(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}
