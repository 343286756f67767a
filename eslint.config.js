// Lint: typescript-eslint and eslint-plugin-astro, plus the layer rule of docs/architecture.md.
// npm test runs it with --max-warnings 0.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/**
 * The layers, lowest first. Code may import from its own layer and the ones before it, never
 * from one after it, so a schema loads in plain Node and a new output is one more folder.
 */
const LAYERS = [
  { folder: 'core', what: 'plain helpers (dates, UK phone and postcode formats, edit distance)' },
  { folder: 'schemas', what: 'zod schemas, one idea per file' },
  { folder: 'domain', what: 'schedules, listing view, cost, review, dashboard' },
  { folder: 'reading', what: 'reading and checking content' },
  { folder: 'data', what: 'the query layer, with the public/staff rule' },
  { folder: 'outputs', what: 'search index, site files; later map, print, exports, CMS config' },
];
const ABOVE_ALL = ['components', 'layouts', 'pages', 'integrations', 'server'];

/** Import patterns (relative, from any depth) for the given src folders. */
const folderPatterns = (folders) => folders.flatMap((folder) => [`**/${folder}/**`, `../${folder}/*`, `../../${folder}/*`, `./${folder}/*`]);

const layerRules = LAYERS.map(({ folder, what }, index) => {
  const higher = [...LAYERS.slice(index + 1).map((layer) => layer.folder), ...ABOVE_ALL];
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'astro:content', message: 'Only the query layer (src/data/) may read content through Astro.' }],
          patterns: [
            {
              group: folderPatterns(higher),
              message: `src/${folder}/ (${what}) may only import from itself and the layers below it: ${
                LAYERS.slice(0, index)
                  .map((layer) => layer.folder)
                  .join(', ') || 'none'
              }. See docs/architecture.md.`,
            },
          ],
        },
      ],
    },
  };
});

export default tseslint.config(
  { ignores: ['dist/**', 'dist-staff/**', '.astro/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        TextDecoder: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        window: 'readonly',
        document: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
        location: 'readonly',
        history: 'readonly',
        navigator: 'readonly',
        HTMLElement: 'readonly',
        Response: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The search benchmark drives other engines (fuse.js defaults, MiniSearch, Pagefind) inside the browser.
    files: ['scripts/bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  ...layerRules,
  {
    // Components display already-shaped data: they never read the directory or content themselves.
    files: ['src/components/**/*.{ts,tsx,astro}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'astro:content', message: 'Only the query layer (src/data/) may read content through Astro.' }],
          patterns: [
            {
              group: [...folderPatterns(['data', 'reading', 'pages']), '**/data/*', '**/reading/*'],
              message: 'Components only display: pages and layouts fetch the data and pass it in. See docs/architecture.md.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/pages/**/*', 'src/layouts/**/*', 'src/integrations/**/*', 'src/server/**/*', 'scripts/**/*', 'tests/**/*'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'astro:content', message: 'Only the query layer (src/data/) may read content through Astro.' }] }] },
  },
);
