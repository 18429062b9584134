// The packaging config (electron-builder.yml) as electron-builder itself loads and validates it: every
// Electron fuse is set the hardened way, and only build output (dist/, dist-electron/) and package.json
// are packaged — no sources, tests, fixtures, source maps or node_modules.
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';

type Config = Awaited<ReturnType<typeof getConfig>>;
let config: Config;

beforeAll(async () => {
  config = await getConfig(process.cwd(), 'electron-builder.yml', null);
}, 30_000);

describe('electron-builder.yml', () => {
  it('is valid for electron-builder', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('sets every fuse the hardened way', () => {
    expect(config.electronFuses).toEqual(
      expect.objectContaining({
        runAsNode: false,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        enableEmbeddedAsarIntegrityValidation: true,
        onlyLoadAppFromAsar: true,
        enableCookieEncryption: true,
        grantFileProtocolExtraPrivileges: false,
      }),
    );
    expect(config.asar).toBe(true);
    expect(config.asarUnpack ?? []).toEqual([]);
  });

  it('packages only the build output and package.json', () => {
    const files = (config.files as { filter: string[] }[] | string[]).flatMap((f) =>
      typeof f === 'string' ? [f] : f.filter,
    );
    const included = files.filter((p) => !p.startsWith('!'));
    const excluded = files.filter((p) => p.startsWith('!'));
    for (const pattern of included)
      expect(['dist', 'dist-electron', 'package.json'], pattern).toContain(pattern.split('/')[0]);
    expect(included).toEqual(expect.arrayContaining(['dist/**/*', 'dist-electron/**/*', 'package.json']));
    expect(excluded).toEqual(expect.arrayContaining(['!node_modules/**/*', '!dist-electron/**/*.map']));
    for (const dev of ['electron', 'renderer', 'shared', 'test', 'scripts', 'bench', 'assets', 'src', '.env'])
      expect(
        included.some((p) => p.split('/')[0] === dev),
        dev,
      ).toBe(false);
  });

  it('is built by `npm run dist`', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string>; main: string };
    expect(pkg.scripts.dist).toBe('npm run build && electron-builder');
    expect(pkg.main.startsWith('dist-electron/')).toBe(true);
  });
});
