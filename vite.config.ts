/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Machine-readable results for .ci/run; people get the default reporter.
const DOM_TESTS = [
  'tests/components/**/*.test.{ts,tsx}',
  'tests/embed/**/*.test.ts',
  'tests/domain/export-svg.test.ts',
  'tests/first-view-data.test.ts',
];
const jsonReport = process.env.TEST_REPORT_DIR;

export default defineConfig({
  plugins: [react()],
  base: './',
  build: { target: 'es2022', sourcemap: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    restoreMocks: true,
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    ...(jsonReport ? { outputFile: { json: `${jsonReport}/unit.json` } } : {}),
    // Pure code runs in Node; only tests that need a DOM pay for starting one (happy-dom).
    projects: [
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: DOM_TESTS,
          setupFiles: ['tests/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'node_modules/**', ...DOM_TESTS],
        },
      },
    ],
  },
});
