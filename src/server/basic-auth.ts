// Pure pieces of the staff server's login (scripts/serve-staff.ts): reading an HTTP Basic
// Authorization header, comparing credentials in constant time, limiting failed attempts per client,
// and reading the staff login from the environment. No I/O here, so it can all be unit-tested.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface Credentials {
  user: string;
  password: string;
}

/** The staff password must have at least this many characters. */
export const MIN_PASSWORD_LENGTH = 12;

/** Longer Authorization headers are refused without decoding them. */
const MAX_HEADER_LENGTH = 4096;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
// RFC 7617: user-ids and passwords must not contain control characters.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/**
 * Reads `Authorization: Basic <base64 of user:password>` (UTF-8). The password may contain ':';
 * the user may not. Returns undefined for anything else: another scheme, bad base64, bad UTF-8,
 * no colon, control characters or an over-long header.
 */
export function parseBasicAuth(header: string | undefined): Credentials | undefined {
  if (typeof header !== 'string' || header.length > MAX_HEADER_LENGTH) return undefined;
  const match = /^basic +([^ ]+) *$/i.exec(header.trim());
  const token = match?.[1];
  if (token === undefined || token.length % 4 !== 0 || !BASE64.test(token)) return undefined;
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(Buffer.from(token, 'base64'));
  } catch {
    return undefined;
  }
  const colon = decoded.indexOf(':');
  if (colon === -1 || CONTROL_CHARACTER.test(decoded)) return undefined;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** A random key for this process, so digests can't be precomputed or compared across runs. */
const PROCESS_KEY = randomBytes(32);

/** Fixed-length digest of a value; NFC so the same text typed on different systems matches (RFC 7613). */
function digest(label: string, value: string): Buffer {
  return createHmac('sha256', PROCESS_KEY).update(label).update('\0').update(value.normalize('NFC'), 'utf8').digest();
}

/**
 * Returns a function that says whether supplied credentials match the expected ones. Both sides are
 * hashed to equal-length digests and compared with timingSafeEqual; the user and the password are
 * always both compared, so the time taken says nothing about which one was wrong or how long either is.
 */
export function createCredentialChecker(expected: Credentials): (supplied: Credentials) => boolean {
  const expectedUser = digest('user', expected.user);
  const expectedPassword = digest('password', expected.password);
  return (supplied) => {
    const userMatches = timingSafeEqual(expectedUser, digest('user', supplied.user));
    const passwordMatches = timingSafeEqual(expectedPassword, digest('password', supplied.password));
    // Bitwise AND: no short-circuit.
    return (Number(userMatches) & Number(passwordMatches)) === 1;
  };
}

/** One-off comparison; prefer createCredentialChecker when checking many requests. */
export function credentialsMatch(expected: Credentials, supplied: Credentials): boolean {
  return createCredentialChecker(expected)(supplied);
}

// ---------------------------------------------------------------------------------------------
// Failed-attempt limiter

export interface RateLimiterOptions {
  /** Failures within the window that lock a client out. Default 5. */
  maxFailures?: number;
  /** How far back failures count, and how long a lock-out lasts, in milliseconds. Default 15 minutes. */
  windowMs?: number;
  /** Most clients remembered at once; the least recently failed are forgotten first. Default 10,000. */
  maxEntries?: number;
  /** Clock in milliseconds; tests inject their own. Default Date.now. */
  now?: () => number;
}

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Whether this client may try to log in now. */
  check(key: string): RateLimitDecision;
  /** A wrong or malformed login from this client. */
  recordFailure(key: string): void;
  /** A correct login from this client: forgets its earlier failures (other clients' are untouched). */
  recordSuccess(key: string): void;
  /** Clients currently remembered. */
  size(): number;
}

interface Entry {
  /** Times of recent failures, oldest first. */
  failures: number[];
  /** Locked out until this time (0 when not locked out). */
  blockedUntil: number;
}

/**
 * After maxFailures failed logins within windowMs, a client is refused (429) for windowMs, then starts
 * afresh. Memory is bounded: stale entries are pruned at most once per window, and whenever the table
 * is full; if it is still full, the least recently failed client is forgotten.
 */
export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const maxFailures = options.maxFailures ?? 5;
  const windowMs = options.windowMs ?? 15 * 60 * 1000;
  const maxEntries = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  let lastPrune = now();

  const isStale = (entry: Entry, time: number) => entry.blockedUntil <= time && (entry.failures.at(-1) ?? -Infinity) <= time - windowMs;

  function prune(time: number): void {
    lastPrune = time;
    for (const [key, entry] of entries) if (isStale(entry, time)) entries.delete(key);
  }

  return {
    check(key) {
      const entry = entries.get(key);
      const time = now();
      if (entry === undefined || entry.blockedUntil <= time) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((entry.blockedUntil - time) / 1000)) };
    },

    recordFailure(key) {
      const time = now();
      if (time - lastPrune >= windowMs || time < lastPrune) prune(time);
      let entry = entries.get(key);
      if (entry === undefined) {
        if (entries.size >= maxEntries) prune(time);
        while (entries.size >= maxEntries) {
          const oldest = entries.keys().next();
          if (oldest.done === true) break;
          entries.delete(oldest.value);
        }
        entry = { failures: [], blockedUntil: 0 };
      } else {
        entries.delete(key); // re-inserted below, so the Map stays ordered by latest failure
      }
      if (entry.blockedUntil <= time) {
        entry.failures = entry.failures.filter((at) => at > time - windowMs);
        entry.failures.push(time);
        if (entry.failures.length >= maxFailures) {
          entry.blockedUntil = time + windowMs;
          entry.failures = [];
        }
      }
      entries.set(key, entry);
    },

    recordSuccess(key) {
      const entry = entries.get(key);
      if (entry !== undefined && entry.blockedUntil <= now()) entries.delete(key);
    },

    size: () => entries.size,
  };
}

// ---------------------------------------------------------------------------------------------
// Staff login from the environment

/** What's wrong with a staff login, in plain words, or undefined when it is usable. */
export function credentialProblem(username: string | undefined, password: string | undefined): string | undefined {
  const hasUser = username !== undefined && username.trim() !== '';
  const hasPassword = password !== undefined && password.trim() !== '';
  const need = `the password needs at least ${MIN_PASSWORD_LENGTH} characters`;
  if (!hasUser && !hasPassword) {
    return `Set the STAFF_USERNAME and STAFF_PASSWORD environment variables to the staff login before starting the staff server (${need}).`;
  }
  if (!hasUser) return 'Set the STAFF_USERNAME environment variable to the staff login name before starting the staff server.';
  if (!hasPassword) return `Set the STAFF_PASSWORD environment variable to the staff password before starting the staff server (${need}).`;
  if (username.includes(':')) return 'STAFF_USERNAME must not contain a colon (:), because browsers cannot send such a name. Choose another name and set STAFF_USERNAME again.';
  if (CONTROL_CHARACTER.test(username)) return 'STAFF_USERNAME must not contain line breaks, tabs or other control characters. Set STAFF_USERNAME again.';
  if (CONTROL_CHARACTER.test(password)) return 'STAFF_PASSWORD must not contain line breaks, tabs or other control characters. Set STAFF_PASSWORD again.';
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return `STAFF_PASSWORD is too short: use at least ${MIN_PASSWORD_LENGTH} characters (three or four random words work well) and set STAFF_PASSWORD again.`;
  }
  return undefined;
}

export type StaffCredentialsResult = { ok: true; credentials: Credentials } | { ok: false; error: string };

/** Reads STAFF_USERNAME and STAFF_PASSWORD; the error, if any, is one plain-English line. */
export function readStaffCredentials(env: Readonly<Record<string, string | undefined>>): StaffCredentialsResult {
  const username = env['STAFF_USERNAME'];
  const password = env['STAFF_PASSWORD'];
  const problem = credentialProblem(username, password);
  if (problem !== undefined || username === undefined || password === undefined) {
    return { ok: false, error: problem ?? 'Set STAFF_USERNAME and STAFF_PASSWORD.' };
  }
  return { ok: true, credentials: { user: username, password } };
}
