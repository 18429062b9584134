// The packaged shell itself, through Playwright's Electron driver. Needs Electron's binary, which
// `npm install` downloads on a normal machine; where it is missing (offline CI) these tests are
// skipped and say so.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';

function electronBinary(): string | null {
  const pathFile = path.resolve('node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.resolve('node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (!binary)
  console.warn(
    'SKIPPED Electron end-to-end tests: the Electron binary is not installed (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1). Run `npm install` with network access to run them.',
  );

describe.skipIf(!binary)('Electron app', () => {
  it('starts hardened: sandboxed, isolated, offline, on app://, with only the typed API', async () => {
    if (!existsSync('dist-electron/main.cjs') || !existsSync('dist/renderer/index.html'))
      throw new Error('run `npm run build` first');
    const profile = mkdtempSync(path.join(os.tmpdir(), 'earshot-electron-'));
    const app = await electron.launch({ executablePath: binary!, args: ['.', `--user-data-dir=${profile}`] });
    try {
      const page = await app.firstWindow();
      await page.getByTestId('empty-library').waitFor();
      expect(new URL(page.url()).protocol).toBe('app:');
      const surface = await page.evaluate(() => ({
        api: Object.keys(window.earshot ?? {}).sort(),
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
      }));
      expect(surface).toEqual({
        api: ['openFiles', 'printToPdf', 'saveFile', 'version'],
        require: 'undefined',
        process: 'undefined',
      });
      const blocked = await page.evaluate(async () => {
        try {
          await fetch('https://example.com/');
          return false;
        } catch {
          return true;
        }
      });
      expect(blocked).toBe(true);
      const opened = await page.evaluate(() => window.open('https://example.com/') === null);
      expect(opened).toBe(true);
      expect(app.windows()).toHaveLength(1);
    } finally {
      await app.close();
      rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    }
  });
});
