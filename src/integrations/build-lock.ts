import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * One build at a time when the output folder is outside the project. Astro then writes its
 * prerender files to the project's own .astro/ folder whatever the output folder is, so two such
 * builds at once (the tests build into temporary folders, side by side) would overwrite each
 * other's. Builds into dist/ and dist-staff/ keep theirs apart and never wait. The lock is a
 * folder, taken over when the build that made it has gone.
 */
export function buildLock(): AstroIntegration {
  let lock: string | undefined;
  const release = () => {
    if (lock) rmSync(lock, { recursive: true, force: true });
    lock = undefined;
  };
  return {
    name: 'directory-build-lock',
    hooks: {
      'astro:build:start': async () => {
        const outDir = fileURLToPath(lockTarget.outDir ?? new URL('file:///'));
        if (outDir.startsWith(process.cwd())) return;
        lock = join(process.cwd(), '.astro', 'build.lock');
        mkdirSync(join(lock, '..'), { recursive: true });
        const started = Date.now();
        for (;;) {
          try {
            mkdirSync(lock);
            writeFileSync(join(lock, 'pid'), String(process.pid));
            break;
          } catch {
            const owner = Number(readOwner(lock));
            if (!isAlive(owner) && Date.now() - started > 2_000) rmSync(lock, { recursive: true, force: true });
            if (Date.now() - started > 15 * 60_000) throw new Error(`Another build (process ${owner}) has held ${lock} for 15 minutes; if no build is running, delete that folder and build again.`);
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
        }
        process.once('exit', release);
      },
      'astro:build:done': () => release(),
      'astro:config:done': ({ config }) => {
        lockTarget.outDir = config.outDir;
      },
    },
  };
}

const lockTarget: { outDir?: URL } = {};

function readOwner(lock: string): string {
  try {
    return readFileSync(join(lock, 'pid'), 'utf8');
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  if (!(pid > 0)) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
