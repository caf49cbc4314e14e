import { defineConfig } from 'vitest/config';

// The end-to-end tests: the packaged extension in VS Code (code-server) driven through Chromium.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
