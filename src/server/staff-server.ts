// A static file server for the staff build (dist-staff/) that only answers behind a login:
// failed-attempt limiting, then HTTP Basic auth, then the files. Started by scripts/serve-staff.ts.
// Basic auth sends the password with every request, so this must sit behind HTTPS (docs/deploying.md).
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { createCredentialChecker, createRateLimiter, credentialProblem, parseBasicAuth, type RateLimiter } from './basic-auth.ts';
import { RESPONSE_HEADERS } from '../outputs/site-files.ts';

export interface StaffServerOptions {
  /** The built staff site, usually dist-staff. */
  root: string;
  username: string;
  password: string;
  /** Failed-attempt limiter; by default 5 failures in 15 minutes lock a client out for 15 minutes. */
  limiter?: RateLimiter;
  /** Clock for the default limiter, in milliseconds. */
  now?: () => number;
  /**
   * Take the client address from X-Forwarded-For (its last entry, the one your proxy added). Only set this
   * when the server is reachable solely through one reverse proxy that sets that header; otherwise
   * clients could forge it to dodge the limiter. Default false.
   */
  trustProxy?: boolean;
}

export const REALM = 'Staff directory';

/** Sent with every response, including errors: the same headers as the staff build's `_headers` file. */
export const STAFF_RESPONSE_HEADERS = RESPONSE_HEADERS.staff;

/** The client's address: the socket peer, or the last X-Forwarded-For entry when trustProxy is on. */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers['x-forwarded-for'];
    const list = Array.isArray(forwarded) ? forwarded.join(',') : forwarded;
    const last = list
      ?.split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .at(-1);
    if (last !== undefined) return last;
  }
  return request.socket.remoteAddress ?? 'unknown';
}

/** True for paths sirv must never be asked about: dot files and folders, '..', backslashes, NUL. */
function isForbiddenPath(url: string): boolean {
  let path = url.split(/[?#]/, 1)[0] ?? '';
  try {
    path = decodeURIComponent(path);
  } catch {
    return true;
  }
  return path.includes('\\') || path.includes('\0') || path.split('/').some((segment) => segment.startsWith('.'));
}

function sendText(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(`${text}\n`);
}

export function createStaffServer(options: StaffServerOptions): Server {
  const problem = credentialProblem(options.username, options.password);
  if (problem !== undefined) throw new Error(problem);

  const root = resolve(options.root);
  const trustProxy = options.trustProxy ?? false;
  const limiter = options.limiter ?? createRateLimiter(options.now === undefined ? {} : { now: options.now });
  const checkCredentials = createCredentialChecker({ user: options.username, password: options.password });
  // dev: look files up on each request, so a daily rebuild is picked up without a restart.
  const files = sirv(root, { dev: true, etag: false, dotfiles: false });

  function notFound(response: ServerResponse): void {
    let page: Buffer | undefined;
    try {
      page = readFileSync(join(root, '404.html'));
    } catch {
      page = undefined;
    }
    if (page === undefined) {
      sendText(response, 404, 'Not found.');
    } else {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(page);
    }
  }

  function unauthorised(response: ServerResponse): void {
    sendText(response, 401, 'Please sign in with your staff login.', {
      'WWW-Authenticate': `Basic realm="${REALM}", charset="UTF-8"`,
    });
  }

  function handle(request: IncomingMessage, response: ServerResponse): void {
    for (const [name, value] of Object.entries(STAFF_RESPONSE_HEADERS)) response.setHeader(name, value);

    const client = clientAddress(request, trustProxy);
    const decision = limiter.check(client);
    if (!decision.allowed) {
      const minutes = Math.ceil(decision.retryAfterSeconds / 60);
      sendText(response, 429, `Too many failed sign-in attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`, {
        'Retry-After': String(decision.retryAfterSeconds),
      });
      return;
    }

    const header = request.headers.authorization;
    // No header at all is how every browser starts (it then asks for the login), so it isn't a failure.
    if (header === undefined) return unauthorised(response);
    const supplied = parseBasicAuth(header);
    if (supplied === undefined || !checkCredentials(supplied)) {
      limiter.recordFailure(client);
      return unauthorised(response);
    }
    limiter.recordSuccess(client);

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendText(response, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
      return;
    }
    if (isForbiddenPath(request.url ?? '/')) return notFound(response);
    files(request, response, () => notFound(response));
  }

  return createServer((request, response) => {
    try {
      handle(request, response);
    } catch {
      // E.g. a file vanished mid-rebuild. Say nothing more than this to the client.
      if (!response.headersSent) sendText(response, 500, 'Something went wrong. Please try again.');
      else response.destroy();
    }
  });
}
