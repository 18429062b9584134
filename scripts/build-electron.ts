// Bundles electron/main.ts and electron/preload.ts to CommonJS in dist-electron/ (sandboxed preloads
// must be CommonJS; a single bundled main starts faster and needs no runtime module resolution).
import { build, type BuildOptions } from 'esbuild';

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: true,
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs' }),
]);
console.log('built dist-electron/main.cjs and dist-electron/preload.cjs');
