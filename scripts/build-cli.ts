// Bundles the headless CLI (electron/cli/main.ts and its audio thread) to ESM in dist-cli/: one file to load
// instead of hundreds of TypeScript modules transpiled by tsx at every start, which alone cost about a
// second of CPU — as long as `unzip -t` of a whole archive (bench/HISTORY.md).
import { build } from 'esbuild';

await build({
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  entryPoints: { main: 'electron/cli/main.ts', 'voice-thread': 'electron/cli/voice-thread.ts' },
  outdir: 'dist-cli',
  outExtension: { '.js': '.mjs' },
  // Some bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __cliRequire } from 'node:module'; const require = __cliRequire(import.meta.url);",
  },
  // TensorFlow.js stays in node_modules, loaded only when the sentence encoder is needed (its WebAssembly is
  // found next to its package there); bundling it would make every start parse ≈ 1 MB more.
  external: ['@tensorflow/*'],
  sourcemap: true,
  logLevel: 'error',
});
console.log('built dist-cli/main.mjs and dist-cli/voice-thread.mjs');
