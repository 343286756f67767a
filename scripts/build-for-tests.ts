// Builds both sites for the browser tests (npm test), as if on the fixed day in tests/clock.ts, so
// the tests pass whatever the date. npm run build and npm run build:staff use the real date.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { TEST_NOW } from '../tests/clock.ts';

for (const audience of ['public', 'staff']) {
  console.log(`Building the ${audience} site as if on ${TEST_NOW} (tests/clock.ts)`);
  const result = spawnSync(process.execPath, [join(import.meta.dirname, 'build.ts'), audience], { stdio: 'inherit', env: { ...process.env, DIRECTORY_NOW: TEST_NOW } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
