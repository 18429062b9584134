// The preload is parsed at every window start: it must import only the channel names, not the zod schemas
// (which once made it 757 KB). Bundled exactly as scripts/build-electron.ts bundles it.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('preload bundle', () => {
  it('stays a few KB and contains no schema library', async () => {
    const result = await build({
      entryPoints: ['electron/preload.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node22',
      external: ['electron'],
      write: false,
      metafile: true,
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((path) => path.includes('node_modules'))).toEqual([]);
    expect(inputs).not.toContain('shared/ipc.ts');
    expect(result.outputFiles[0]!.contents.byteLength).toBeLessThan(4 * 1024);
  });
});
