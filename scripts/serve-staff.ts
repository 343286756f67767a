// Serves the staff build behind a login: `npm run serve:staff [folder=dist-staff] [port=4330]`.
// Needs STAFF_USERNAME and STAFF_PASSWORD; listens on 127.0.0.1 unless HOST is set. Put it behind an
// HTTPS reverse proxy (set TRUST_PROXY=1 then) — see docs/deploying.md.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { readStaffCredentials } from '../src/server/basic-auth.ts';
import { createStaffServer } from '../src/server/staff-server.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [folder = 'dist-staff', portText = '4330'] = process.argv.slice(2);
const host = process.env['HOST']?.trim() || '127.0.0.1';
const trustProxy = ['1', 'true', 'yes'].includes((process.env['TRUST_PROXY'] ?? '').trim().toLowerCase());

const login = readStaffCredentials(process.env);
if (!login.ok) fail(login.error);

if (!/^\d+$/.test(portText) || Number(portText) > 65535) {
  fail(`"${portText}" isn't a port number. Use a number such as 4330, or leave it out.`);
}
const port = Number(portText);

const root = resolve(folder);
let isFolder: boolean;
try {
  isFolder = statSync(root).isDirectory();
} catch {
  isFolder = false;
}
if (!isFolder) fail(`There is no staff build in ${folder}. Run npm run build:staff first.`);

const server = createStaffServer({ root, username: login.credentials.user, password: login.credentials.password, trustProxy });

server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') fail(`Port ${port} on ${host} is already in use. Stop the other server or choose another port.`);
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') fail(`Can't listen on HOST=${host}: this machine has no such address.`);
  if (error.code === 'EACCES') fail(`Not allowed to listen on port ${port}. Use a port above 1024.`);
  fail(`The staff server stopped: ${error.message}`);
});

server.listen(port, host, () => {
  const address = server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  console.log(`Serving ${folder} (staff only, login required) on http://${urlHost}:${actualPort}`);
  const loopback = host === 'localhost' || host === '::1' || host.startsWith('127.');
  if (!loopback) {
    console.log('Warning: this server speaks plain HTTP, which would expose the staff password. Only reach it through an HTTPS reverse proxy.');
  }
  if (trustProxy) console.log('TRUST_PROXY is on: client addresses come from X-Forwarded-For, so only your reverse proxy may reach this server.');
});
