import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Audience } from '../data/visibility.ts';
import { BUILD_FOLDERS, headersFile } from '../outputs/site-files.ts';

/**
 * Keeps the two builds apart: the staff build refuses to write into the public folder, and
 * each build gets its own `_headers` file (the staff one says "never index").
 */
export function audienceFiles(audience: Audience): AstroIntegration {
  return {
    name: 'audience-files',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        const folder = basename(fileURLToPath(config.outDir));
        if (audience === 'staff' && folder === BUILD_FOLDERS.public) {
          logger.error(`The staff build can't be written to ${folder}/, the public site's folder. Run npm run build:staff, which writes to ${BUILD_FOLDERS.staff}/.`);
          process.exit(1);
        }
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(new URL('_headers', dir), headersFile(audience));
      },
    },
  };
}
