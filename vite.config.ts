import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { injectCsp } from './shared/csp';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// The renderer is a complete web app: Electron serves dist/renderer over app://, `npm run web` over
// http://127.0.0.1. Relative base so both work; no remote anything. index.html gets the one CSP
// (shared/csp.ts) in its meta tag at build time, the same the Electron shell sends as a header.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), { name: 'earshot-csp', transformIndexHtml: injectCsp }],
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      output: {
        // Everything a cold start runs (what the entry imports statically) in one chunk: fetched as one
        // request instead of twenty, which queued behind each other (six connections per origin over
        // http); the other screens stay chunks of their own, fetched after the first paint (App.tsx).
        codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] },
      },
    },
  },
  worker: { format: 'es' },
  // The sentence encoder's weight shards have no file extension (docs/taxonomy.md, "Classifier").
  assetsInclude: ['**/group1-shard*', '**/encoder.bin'],
  server: { host: '127.0.0.1', port: 5173 },
});
