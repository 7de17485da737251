import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The offline copy (`scripts/build-offline.ts`, part of `npm run build`): one JavaScript file and
 * one stylesheet with every dynamic import, JSON file and asset inlined, so that build-offline can
 * paste both into a single HTML file that works from disk (file://) with no network.
 */
export default defineConfig({
  plugins: [react()],
  base: './',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: 'dist-offline',
    emptyOutDir: true,
    copyPublicDir: false,
    sourcemap: false,
    cssCodeSplit: false,
    modulePreload: false,
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    chunkSizeWarningLimit: 5000,
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
