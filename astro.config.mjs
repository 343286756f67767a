// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import react from '@astrojs/react';
import { contentCheck } from './src/lib/validation/astro-integration.ts';

// Listing text comes from volunteers and is untrusted: rehype-sanitize (GitHub's allow-list)
// strips scripts, event handlers, iframes and javascript: links from every Markdown body.
export default defineConfig({
  site: 'https://directory.example.org',
  trailingSlash: 'always',
  // React renders the interactive islands (search); pages without an island ship no JavaScript.
  integrations: [contentCheck(process.env.CONTENT_DIR ?? 'content'), react()],
  markdown: {
    processor: unified({ rehypePlugins: [rehypeSanitize] }),
  },
  build: { format: 'directory' },
  server: { port: 4321, host: '127.0.0.1' },
  vite: { build: { sourcemap: false } },
});
