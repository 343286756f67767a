import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Only unit tests: the Playwright specs in tests/e2e run under `playwright test`.
    include: ['tests/unit/**/*.test.ts'],
  },
});
