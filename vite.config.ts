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
// Tests of what a module holds from load (the catalog registry before Spanish arrives): each file
// gets a fresh module graph. Every other file shares its worker's modules, which cuts the unit run
// from about 29 s to about 7 s (starting a fresh graph and DOM per file was most of the time).
const FRESH_MODULE_TESTS = ['tests/domain/i18n/catalog.test.ts', 'tests/state/languages.test.ts'];
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
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'node_modules/**', ...DOM_TESTS, ...FRESH_MODULE_TESTS],
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'fresh', environment: 'node', include: FRESH_MODULE_TESTS },
      },
    ],
  },
});
