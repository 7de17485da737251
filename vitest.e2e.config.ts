import { defineConfig } from 'vitest/config';

const jsonReport = process.env.TEST_REPORT_DIR;

/** End-to-end specs: real Chromium against `vite preview` of the built site (run `npm run build` first). */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    allowOnly: !process.env.CI,
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    ...(jsonReport ? { outputFile: { json: `${jsonReport}/e2e.json` } } : {}),
  },
});
