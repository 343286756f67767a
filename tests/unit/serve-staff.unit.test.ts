// The staff server (src/server/) and its CLI (scripts/serve-staff.ts): the login, the
// failed-attempt limiter, the headers on every response, and the CLI's plain-English refusals.
// Servers listen on 127.0.0.1, port 0; the limiter's clock is injected, so nothing sleeps.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCredentialChecker, createRateLimiter, credentialsMatch, parseBasicAuth, readStaffCredentials } from '../../src/server/basic-auth.ts';
import { clientAddress, createStaffServer, type StaffServerOptions } from '../../src/server/staff-server.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const USER = 'linkworker';
const PASSWORD = 'correct horse: battery staple';
const WINDOW_MS = 15 * 60 * 1000;
const INDEX = '<!doctype html><title>Staff</title><p>Referral-only listings</p>';
const NOT_FOUND = '<!doctype html><title>Not found</title><p>Staff page not found</p>';

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
const STACK_LINE = /^ {4}at /m;

function expectStaffHeaders(response: Response): void {
  expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
}

function expectLoginChallenge(response: Response): void {
  expect(response.status).toBe(401);
  expect(response.headers.get('www-authenticate')).toBe('Basic realm="Staff directory", charset="UTF-8"');
  expectStaffHeaders(response);
}

let scratch = '';
let site = '';
let bareSite = '';

beforeAll(() => {
  const major = Number(process.versions.node.split('.')[0]);
  if (!(major >= 22)) {
    throw new Error(`These tests run scripts/serve-staff.ts with ${process.execPath} (Node ${process.versions.node}), which can't run .ts files. Run them with npx vitest.`);
  }
  scratch = mkdtempSync(join(tmpdir(), 'serve-staff-'));
  site = join(scratch, 'dist-staff');
  mkdirSync(join(site, 'about'), { recursive: true });
  writeFileSync(join(site, 'index.html'), INDEX);
  writeFileSync(join(site, '404.html'), NOT_FOUND);
  writeFileSync(join(site, 'about', 'index.html'), '<p>About the staff directory</p>');
  writeFileSync(join(site, '.secret'), 'dot files are never served');
  writeFileSync(join(scratch, 'outside.txt'), 'outside the site');
  bareSite = join(scratch, 'bare');
  mkdirSync(bareSite);
  writeFileSync(join(bareSite, 'index.html'), INDEX);
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------

describe('parseBasicAuth', () => {
  it('reads user and password', () => {
    expect(parseBasicAuth(basic('alice', 'secret'))).toEqual({ user: 'alice', password: 'secret' });
  });

  it('accepts any case of the scheme and extra spaces', () => {
    const token = Buffer.from('alice:secret').toString('base64');
    expect(parseBasicAuth(`basic ${token}`)).toEqual({ user: 'alice', password: 'secret' });
    expect(parseBasicAuth(`BASIC   ${token}  `)).toEqual({ user: 'alice', password: 'secret' });
  });

  it('keeps colons in the password', () => {
    expect(parseBasicAuth(basic('alice', 'a:b::c:'))).toEqual({ user: 'alice', password: 'a:b::c:' });
  });

  it('allows an empty password (which then simply fails to match)', () => {
    expect(parseBasicAuth(basic('alice', ''))).toEqual({ user: 'alice', password: '' });
  });

  it('decodes UTF-8', () => {
    expect(parseBasicAuth(basic('Zoë', 'пароль-ünïcödé-🔑'))).toEqual({ user: 'Zoë', password: 'пароль-ünïcödé-🔑' });
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['scheme only', 'Basic'],
    ['scheme and space', 'Basic '],
    ['another scheme', `Bearer ${Buffer.from('alice:secret').toString('base64')}`],
    ['no space after the scheme', `Basic${Buffer.from('alice:secret').toString('base64')}`],
    ['two tokens', `Basic ${Buffer.from('alice:secret').toString('base64')} extra`],
    ['not base64', 'Basic !!!!'],
    ['bad length', 'Basic YWxpY2U6c2VjcmV0Z'],
    ['padding in the middle', 'Basic YQ==YQ=='],
    ['no colon', `Basic ${Buffer.from('alicesecret').toString('base64')}`],
    ['invalid UTF-8', `Basic ${Buffer.from([0x61, 0x3a, 0xff, 0xfe]).toString('base64')}`],
    ['control character', `Basic ${Buffer.from('alice:sec\nret').toString('base64')}`],
    ['far too long', `Basic ${'QUFB'.repeat(2000)}`],
  ])('returns undefined for %s', (_name, header) => {
    expect(parseBasicAuth(header)).toBeUndefined();
  });
});

describe('credential comparison', () => {
  const expected = { user: 'alice', password: 'long enough password' };

  it('matches the right user and password', () => {
    expect(credentialsMatch(expected, { user: 'alice', password: 'long enough password' })).toBe(true);
  });

  it('refuses a wrong user, a wrong password, or both', () => {
    expect(credentialsMatch(expected, { user: 'bob', password: 'long enough password' })).toBe(false);
    expect(credentialsMatch(expected, { user: 'alice', password: 'long enough passwore' })).toBe(false);
    expect(credentialsMatch(expected, { user: 'bob', password: 'nope' })).toBe(false);
  });

  it('is exact: no prefixes, case changes, padding or swapped fields', () => {
    expect(credentialsMatch(expected, { user: 'alice', password: 'long enough' })).toBe(false);
    expect(credentialsMatch(expected, { user: 'alice', password: 'long enough password ' })).toBe(false);
    expect(credentialsMatch(expected, { user: 'Alice', password: 'long enough password' })).toBe(false);
    expect(credentialsMatch(expected, { user: '', password: '' })).toBe(false);
    expect(credentialsMatch({ user: 'x', password: 'y' }, { user: 'y', password: 'x' })).toBe(false);
  });

  it('handles colons and Unicode, treating composed and decomposed accents alike', () => {
    const check = createCredentialChecker({ user: 'Zoë', password: 'a:b:ünïcödé 🔑' });
    expect(check({ user: 'Zoë', password: 'a:b:ünïcödé 🔑' })).toBe(true);
    expect(check({ user: 'Zoe\u0308', password: 'a:b:u\u0308nïcödé 🔑' })).toBe(true);
    expect(check({ user: 'Zoe', password: 'a:b:ünïcödé 🔑' })).toBe(false);
    expect(check({ user: 'Zoë', password: 'a:b:unicode 🔑' })).toBe(false);
  });

  it('round-trips through a header', () => {
    const check = createCredentialChecker({ user: 'alice', password: 'pa:ss:wörd' });
    const supplied = parseBasicAuth(basic('alice', 'pa:ss:wörd'));
    expect(supplied !== undefined && check(supplied)).toBe(true);
  });
});

describe('rate limiter', () => {
  function limiterAt(start = 1_000_000) {
    const clock = { time: start };
    const limiter = createRateLimiter({ now: () => clock.time });
    return { clock, limiter };
  }

  it('locks a client out after 5 failures, for the window, then starts afresh', () => {
    const { clock, limiter } = limiterAt();
    for (let i = 0; i < 4; i++) limiter.recordFailure('a');
    expect(limiter.check('a')).toEqual({ allowed: true });
    limiter.recordFailure('a');
    expect(limiter.check('a')).toEqual({ allowed: false, retryAfterSeconds: 900 });
    clock.time += 60_000;
    expect(limiter.check('a')).toEqual({ allowed: false, retryAfterSeconds: 840 });
    clock.time += WINDOW_MS - 60_000;
    expect(limiter.check('a')).toEqual({ allowed: true });
    limiter.recordFailure('a');
    expect(limiter.check('a')).toEqual({ allowed: true });
  });

  it('only counts failures within the window', () => {
    const { clock, limiter } = limiterAt();
    for (let i = 0; i < 4; i++) limiter.recordFailure('a');
    clock.time += WINDOW_MS + 1;
    limiter.recordFailure('a');
    expect(limiter.check('a').allowed).toBe(true);
  });

  it('keeps clients apart; a success clears only that client', () => {
    const { limiter } = limiterAt();
    for (let i = 0; i < 4; i++) {
      limiter.recordFailure('a');
      limiter.recordFailure('b');
    }
    limiter.recordSuccess('a');
    limiter.recordFailure('a');
    limiter.recordFailure('b');
    expect(limiter.check('a').allowed).toBe(true);
    expect(limiter.check('b').allowed).toBe(false);
  });

  it('caps memory and forgets stale clients', () => {
    const clock = { time: 0 };
    const limiter = createRateLimiter({ now: () => clock.time, maxEntries: 100 });
    for (let i = 0; i < 1000; i++) limiter.recordFailure(`10.0.${Math.floor(i / 256)}.${i % 256}`);
    expect(limiter.size()).toBeLessThanOrEqual(100);
    clock.time += WINDOW_MS + 1;
    limiter.recordFailure('fresh');
    expect(limiter.size()).toBe(1);
  });
});

describe('readStaffCredentials', () => {
  it('accepts a name and a long enough password', () => {
    expect(readStaffCredentials({ STAFF_USERNAME: 'staff', STAFF_PASSWORD: 'twelve chars' })).toEqual({
      ok: true,
      credentials: { user: 'staff', password: 'twelve chars' },
    });
  });

  it.each([
    ['nothing set', {}, ['STAFF_USERNAME', 'STAFF_PASSWORD']],
    ['both empty', { STAFF_USERNAME: '', STAFF_PASSWORD: ' ' }, ['STAFF_USERNAME', 'STAFF_PASSWORD']],
    ['no user', { STAFF_PASSWORD: 'a long enough password' }, ['STAFF_USERNAME']],
    ['no password', { STAFF_USERNAME: 'staff' }, ['STAFF_PASSWORD', '12']],
    ['short password', { STAFF_USERNAME: 'staff', STAFF_PASSWORD: 'elevenchars' }, ['STAFF_PASSWORD', 'too short', '12']],
    ['colon in the user', { STAFF_USERNAME: 'st:aff', STAFF_PASSWORD: 'a long enough password' }, ['STAFF_USERNAME', 'colon']],
    ['line break in the password', { STAFF_USERNAME: 'staff', STAFF_PASSWORD: 'a long enough\npassword' }, ['STAFF_PASSWORD']],
  ])('explains %s in one line', (_name, env: Record<string, string>, mentions) => {
    const result = readStaffCredentials(env);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const text of mentions) expect(result.error).toContain(text);
    expect(result.error).not.toContain('\n');
  });

  it('counts characters, not bytes', () => {
    expect(readStaffCredentials({ STAFF_USERNAME: 'staff', STAFF_PASSWORD: 'ééééééééééé' }).ok).toBe(false);
    expect(readStaffCredentials({ STAFF_USERNAME: 'staff', STAFF_PASSWORD: '🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑' }).ok).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------

describe('staff server', () => {
  const servers: Server[] = [];
  const clock = { time: Date.UTC(2026, 0, 5, 9, 0, 0) };

  async function start(options: Partial<StaffServerOptions> = {}): Promise<string> {
    const server = createStaffServer({ root: site, username: USER, password: PASSWORD, now: () => clock.time, ...options });
    servers.push(server);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => new Promise((done) => server.close(done))));
  });

  /** A GET with the path sent exactly as given. */
  function rawGet(base: string, path: string, authorization: string): Promise<{ status: number; body: string }> {
    return new Promise((done, failed) => {
      const request = httpRequest(`${base}/`, { path, headers: { Authorization: authorization } }, (response) => {
        let body = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        response.on('end', () => done({ status: response.statusCode ?? 0, body }));
      });
      request.on('error', failed);
      request.end();
    });
  }

  const get = (url: string, authorization?: string, headers: Record<string, string> = {}) =>
    fetch(url, { headers: authorization === undefined ? headers : { ...headers, Authorization: authorization } });

  it('serves the page with the right login, with noindex and no-store', async () => {
    const base = await start();
    const response = await get(`${base}/`, basic(USER, PASSWORD));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX);
    expect(response.headers.get('content-type')).toContain('text/html');
    expectStaffHeaders(response);
    const about = await get(`${base}/about/`, basic(USER, PASSWORD));
    expect(about.status).toBe(200);
    expect(await about.text()).toContain('About the staff directory');
  });

  it('asks for a login when there is none, without giving anything away', async () => {
    const base = await start();
    const response = await get(`${base}/`);
    expectLoginChallenge(response);
    expect(await response.text()).not.toContain('Referral-only');
    expectLoginChallenge(await get(`${base}/no-such-page`));
  });

  it('refuses a wrong password or a wrong user', async () => {
    const base = await start();
    const wrongPassword = await get(`${base}/`, basic(USER, 'wrong password here'));
    expectLoginChallenge(wrongPassword);
    expect(await wrongPassword.text()).not.toContain('Referral-only');
    expectLoginChallenge(await get(`${base}/`, basic('someone', PASSWORD)));
  });

  it.each([
    ['garbage', 'Basic !!!'],
    ['another scheme', 'Bearer abc.def.ghi'],
    ['no colon', `Basic ${Buffer.from(`${USER}${PASSWORD}`).toString('base64')}`],
    ['empty', ''],
  ])('refuses a malformed header (%s)', async (_name, header) => {
    const base = await start();
    expectLoginChallenge(await get(`${base}/`, header));
  });

  it('answers an unknown path with the 404 page, only after login', async () => {
    const base = await start();
    const response = await get(`${base}/no-such-page`, basic(USER, PASSWORD));
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(NOT_FOUND);
    expectStaffHeaders(response);
  });

  it('falls back to a plain-text 404 when the build has no 404 page', async () => {
    const base = await start({ root: bareSite });
    const response = await get(`${base}/missing`, basic(USER, PASSWORD));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(await response.text()).toContain('Not found');
  });

  it('never serves dot files or anything outside the folder', async () => {
    const base = await start();
    // Sent as written (fetch would tidy the dots away first).
    const paths = ['/.secret', '/%2esecret', '/../outside.txt', '/%2e%2e/outside.txt', '/..%2foutside.txt', '/about/../../outside.txt', '/about/%2e%2e/%2e%2e/outside.txt', '/..\\outside.txt', '/%ff'];
    for (const path of paths) {
      const { status, body } = await rawGet(base, path, basic(USER, PASSWORD));
      expect(status, path).toBe(404);
      expect(body, path).not.toContain('never served');
      expect(body, path).not.toContain('outside the site');
    }
    expect((await rawGet(base, '/about/../', basic(USER, PASSWORD))).status).toBe(404);
    expect((await rawGet(base, '/about/', basic(USER, PASSWORD))).status).toBe(200);
  });

  it('only allows GET and HEAD', async () => {
    const base = await start();
    const response = await fetch(`${base}/`, { method: 'POST', headers: { Authorization: basic(USER, PASSWORD) }, body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    const head = await fetch(`${base}/`, { method: 'HEAD', headers: { Authorization: basic(USER, PASSWORD) } });
    expect(head.status).toBe(200);
  });

  it('locks a client out on the 6th failed attempt, with Retry-After, until the window passes', async () => {
    const base = await start();
    for (let attempt = 1; attempt <= 5; attempt++) {
      expectLoginChallenge(await get(`${base}/`, basic(USER, `wrong password ${attempt}`)));
    }
    const locked = await get(`${base}/`, basic(USER, 'wrong password 6'));
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('900');
    expect(locked.headers.get('www-authenticate')).toBeNull();
    expectStaffHeaders(locked);
    expect(await locked.text()).toContain('Too many failed sign-in attempts');

    // Even the right password is refused while locked out (otherwise guessing could go on).
    const lockedRight = await get(`${base}/`, basic(USER, PASSWORD));
    expect(lockedRight.status).toBe(429);
    expect(await lockedRight.text()).not.toContain('Referral-only');

    clock.time += 10 * 60 * 1000;
    const later = await get(`${base}/`, basic(USER, PASSWORD));
    expect(later.status).toBe(429);
    expect(later.headers.get('retry-after')).toBe('300');

    clock.time += 5 * 60 * 1000 + 1000;
    expectLoginChallenge(await get(`${base}/`, basic(USER, 'wrong again')));
    const back = await get(`${base}/`, basic(USER, PASSWORD));
    expect(back.status).toBe(200);
    expect(await back.text()).toBe(INDEX);
  });

  it('does not count a missing header as a failed attempt', async () => {
    const base = await start();
    for (let i = 0; i < 10; i++) expectLoginChallenge(await get(`${base}/`));
    expect((await get(`${base}/`, basic(USER, PASSWORD))).status).toBe(200);
  });

  it('ignores X-Forwarded-For by default, so it cannot be forged to dodge the limiter', async () => {
    const base = await start();
    for (let attempt = 1; attempt <= 5; attempt++) {
      await get(`${base}/`, basic(USER, 'wrong password'), { 'X-Forwarded-For': `203.0.113.${attempt}` });
    }
    const response = await get(`${base}/`, basic(USER, 'wrong password'), { 'X-Forwarded-For': '203.0.113.99' });
    expect(response.status).toBe(429);
  });

  it('with trustProxy, limits each forwarded client separately', async () => {
    const base = await start({ trustProxy: true });
    const from = (ip: string) => ({ 'X-Forwarded-For': `198.51.100.7, ${ip}` });
    for (let attempt = 1; attempt <= 5; attempt++) await get(`${base}/`, basic(USER, 'wrong password'), from('203.0.113.1'));
    expect((await get(`${base}/`, basic(USER, 'wrong password'), from('203.0.113.1'))).status).toBe(429);
    expect((await get(`${base}/`, basic(USER, PASSWORD), from('203.0.113.2'))).status).toBe(200);
    expectLoginChallenge(await get(`${base}/`, basic(USER, 'wrong password'), from('203.0.113.3')));
  });

  it('refuses to start with a weak login', () => {
    expect(() => createStaffServer({ root: site, username: USER, password: 'short' })).toThrow(/STAFF_PASSWORD/);
    expect(() => createStaffServer({ root: site, username: '', password: PASSWORD })).toThrow(/STAFF_USERNAME/);
  });
});

describe('clientAddress', () => {
  const request = (forwarded: string | undefined) =>
    ({ headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded }, socket: { remoteAddress: '127.0.0.1' } }) as unknown as Parameters<typeof clientAddress>[0];

  it('uses the socket address unless the proxy is trusted', () => {
    expect(clientAddress(request('203.0.113.5'), false)).toBe('127.0.0.1');
    expect(clientAddress(request('1.2.3.4, 203.0.113.5'), true)).toBe('203.0.113.5');
    expect(clientAddress(request(' , '), true)).toBe('127.0.0.1');
    expect(clientAddress(request(undefined), true)).toBe('127.0.0.1');
  });
});

// ---------------------------------------------------------------------------------------------

describe('npm run serve:staff (scripts/serve-staff.ts)', () => {
  /** The environment without any STAFF_* or HOST variables from the machine running the tests. */
  function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env['STAFF_USERNAME'];
    delete env['STAFF_PASSWORD'];
    delete env['HOST'];
    delete env['TRUST_PROXY'];
    return { ...env, ...extra };
  }

  function runCli(args: string[], extra: Record<string, string>) {
    const result = spawnSync(process.execPath, ['scripts/serve-staff.ts', ...args], {
      cwd: repoRoot,
      env: cleanEnv(extra),
      encoding: 'utf8',
      timeout: 30_000,
    });
    if (result.error) throw result.error;
    return result;
  }

  it('without a login, exits 1 naming both variables, with no stack trace', () => {
    const result = runCli([site, '0'], {});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('STAFF_USERNAME');
    expect(result.stderr).toContain('STAFF_PASSWORD');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('with a short password, exits 1 and says so', () => {
    const result = runCli([site, '0'], { STAFF_USERNAME: USER, STAFF_PASSWORD: 'short' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('STAFF_PASSWORD');
    expect(result.stderr).toContain('too short');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('without a staff build, tells you to run npm run build:staff', () => {
    const result = runCli([join(scratch, 'no-such-folder'), '0'], { STAFF_USERNAME: USER, STAFF_PASSWORD: PASSWORD });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Run npm run build:staff first');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('serves the folder on 127.0.0.1 behind the login', async () => {
    const child = spawn(process.execPath, ['scripts/serve-staff.ts', site, '0'], {
      cwd: repoRoot,
      env: cleanEnv({ STAFF_USERNAME: USER, STAFF_PASSWORD: PASSWORD }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((found, failed) => {
        let output = '';
        const timer = setTimeout(() => failed(new Error(`No URL printed within 20s: ${output}`)), 20_000);
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          output += chunk;
          const match = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
          if (match) {
            clearTimeout(timer);
            found(match[0]);
          }
        });
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
        child.on('exit', (code) => failed(new Error(`Exited with ${code}: ${output}`)));
      });
      expectLoginChallenge(await fetch(`${url}/`));
      const response = await fetch(`${url}/`, { headers: { Authorization: basic(USER, PASSWORD) } });
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(INDEX);
    } finally {
      child.kill();
    }
  });
});
