import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { isValid as isValidPostcode, toNormalised } from 'postcode';

/**
 * Ofcom keeps these ranges for drama and examples; they never ring anyone.
 * libphonenumber calls them invalid, but the example directory must use them.
 */
const DRAMA_RANGES = [/^\+441632960\d{3}$/, /^\+447700900\d{3}$/, /^\+44207946\d{4}$/, /^\+44808157\d{4}$/];

/** A UK phone number tidied for display ("01632 960123"), or null if it cannot be a real number. */
export function normalisePhone(input: string): string | null {
  const parsed = parsePhoneNumberFromString(input.trim(), 'GB');
  if (!parsed || parsed.countryCallingCode !== '44') return null;
  const drama = DRAMA_RANGES.some((range) => range.test(parsed.number));
  if (!parsed.isValid() && !drama) return null;
  return parsed.formatNational();
}

/** The `tel:` address for a phone number already checked by normalisePhone. */
export function telHref(phone: string): string {
  const parsed = parsePhoneNumberFromString(phone, 'GB');
  return parsed ? parsed.getURI() : `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** A UK postcode in its usual form ("PL25 5AB"), or null if it is not one. */
export function normalisePostcode(input: string): string | null {
  return isValidPostcode(input.trim()) ? toNormalised(input.trim()) : null;
}

/** A web address as people read it: no https://, no trailing slash. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
