// `npm run cms`: edit the directory locally through the same admin groups use, with no account.
// Starts decap-server (Decap CMS's local git backend) bound to 127.0.0.1 in git mode, so edits go
// through the review workflow as cms/… branches, together with the dev site, and prints where to go.
//
//   npm run cms                      edit this repository (public admin), with the dev site
//   npm run cms -- --staff           the staff admin over the staff tree, with the staff dev site
//   npm run cms -- --sandbox <dir>   a throwaway copy of the content in <dir> (what the browser tests use)
//   npm run cms -- --no-site         decap-server only
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { LOCAL_BACKEND_PORTS } from '../src/outputs/cms/config.ts';
import { contentPaths } from '../src/reading/content-paths.ts';

const args = process.argv.slice(2);
const audience = args.includes('--staff') ? 'staff' : 'public';
const sandboxAt = args.indexOf('--sandbox');
const sandbox = sandboxAt === -1 ? undefined : resolve(args[sandboxAt + 1] ?? '');
const withSite = !args.includes('--no-site');
const projectRoot = process.cwd();
const port = LOCAL_BACKEND_PORTS[audience];
const paths = contentPaths();

function git(cwd: string, ...gitArgs: string[]): string {
  const result = spawnSync('git', gitArgs, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${gitArgs.join(' ')} failed in ${cwd}: ${result.stderr.trim()}`);
  return result.stdout.trim();
}

/** A fresh git repository holding a copy of both content trees, on branch main. */
function makeSandbox(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const tree of [paths.contentDir, paths.staffDir]) {
    if (existsSync(join(projectRoot, tree))) cpSync(join(projectRoot, tree), join(dir, basename(tree)), { recursive: true });
  }
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, '-c', 'user.name=Directory', '-c', 'user.email=directory@example.org', 'commit', '-q', '-m', 'Content for trying the CMS');
  return dir;
}

const repo = sandbox ? makeSandbox(sandbox) : projectRoot;
if (!sandbox) {
  const branch = git(repo, 'branch', '--show-current');
  if (branch !== 'main') console.log(`Note: you are on branch ${branch}. The admin publishes to main, as content/site.yml says; decap-server switches to it while it works.`);
}

const children: ChildProcess[] = [];
const decap = spawn(process.execPath, [join(projectRoot, 'node_modules/decap-server/dist/index.js')], {
  stdio: 'inherit',
  // BIND_HOST: decap-server would otherwise listen on every network interface.
  env: { ...process.env, MODE: 'git', BIND_HOST: '127.0.0.1', PORT: String(port), GIT_REPO_DIRECTORY: repo, LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn' },
});
children.push(decap);

if (withSite) {
  const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  const sitePort = audience === 'staff' ? 4331 : 4321;
  children.push(spawn(process.execPath, [astro, 'dev', '--port', String(sitePort)], { stdio: 'inherit', env: { ...process.env, DIRECTORY_AUDIENCE: audience } }));
  console.log(`\nThe ${audience} admin: open http://localhost:${sitePort}/admin/ and choose "Login" (no account is needed here).`);
  console.log(`Edits are saved as drafts on cms/… branches of ${repo}, and "Publish" merges them into main.\n`);
} else {
  console.log(`decap-server (git mode) for the ${audience} admin on http://127.0.0.1:${port}/api/v1, over ${repo}`);
}

const stop = () => {
  for (const child of children) child.kill();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
decap.on('exit', (code) => {
  if (code) console.log(`decap-server stopped (exit ${code}). Is port ${port} in use?`);
  stop();
});
