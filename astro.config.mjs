// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';
import { audienceFiles } from './src/integrations/audience-files.ts';
import { buildLock } from './src/integrations/build-lock.ts';
import { audienceFromEnv } from './src/data/visibility.ts';
import { ADMIN_PATH, BUILD_FOLDERS } from './src/outputs/site-files.ts';
import { readSettingsFiles } from './src/reading/content-source.ts';
import { buildClock, contentPaths } from './src/reading/content-paths.ts';

// Which site this is: the public one (dist/) or the staff one (dist-staff/). See scripts/build.ts.
const audience = audienceFromEnv(process.env.DIRECTORY_AUDIENCE);
const paths = contentPaths();

/** The public address from site.yml (for the sitemap). If the file is broken, the content check reports it. */
function siteUrl() {
  const data = readSettingsFiles(process.cwd(), paths.contentDir).site.data;
  const url = data && typeof data === 'object' && 'siteUrl' in data ? data.siteUrl : undefined;
  return typeof url === 'string' ? url : undefined;
}

const site = siteUrl();

// Listing text is rendered by src/reading/markdown.ts, which sanitises it: content is read by
// src/data/build-directory.ts, not by Astro's content collections.
export default defineConfig({
  ...(site ? { site } : {}),
  trailingSlash: 'always',
  // React renders the interactive islands (search); pages without an island ship no JavaScript.
  outDir: `./${BUILD_FOLDERS[audience]}`,
  // Builds of other content trees (the test fixtures) keep their own content cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Only the public site has a sitemap: the staff site must never be submitted for indexing.
  integrations: [
    contentCheck(paths, audience === 'staff', buildClock()),
    buildLock(),
    audienceFiles(audience),
    react(),
    ...(audience === 'public' ? [sitemap({ filter: (page) => !new URL(page).pathname.startsWith(ADMIN_PATH) })] : []),
  ],
  build: { format: 'directory' },
  server: { port: 4321, host: '127.0.0.1' },
  vite: {
    build: {
      sourcemap: false,
      // The admin's CMS (decap-cms-app, loaded on /admin/ only) is one large chunk by design.
      chunkSizeWarningLimit: 10_000,
      rolldownOptions: {
        // Decap's own dependencies use eval; say nothing about code that isn't ours.
        onwarn(warning, warn) {
          if (warning.code === 'EVAL' && warning.id?.includes('node_modules')) return;
          warn(warning);
        },
      },
    },
  },
});
