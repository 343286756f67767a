// Serves a built site folder on loopback, with its 404 page, for the browser tests.
// (astro preview refuses to run twice for one project, which would clash with `npm start`.)
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

const [folder = 'dist', portText = '4322'] = process.argv.slice(2);
const root = resolve(folder);
const notFound = readFileSync(join(root, '404.html'));
const files = sirv(root, { dev: false, etag: true });

createServer((request, response) => {
  files(request, response, () => {
    response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(notFound);
  });
}).listen(Number(portText), '127.0.0.1', () => {
  console.log(`Serving ${folder} on http://127.0.0.1:${portText}`);
});
