// Feeds every case of the hostile corpus (test/hostile/generate.ts) through the stage where it must fail
// and asserts its specific ImportError code, or, for tolerable content, that it decodes correctly.

import { describe, expect, inject, it } from 'vitest';
import { openAsBlob, statSync } from 'node:fs';
import { join } from 'node:path';
import { expandInputs } from '../../../shared/archive/index';
import { runCase } from './hostile-run';
import { closeFdBlobs, FdBlob } from '../../../electron/cli/fd-blob';

const { dir, cases } = inject('hostile');

describe('hostile corpus', () => {
  it('has every case of the hostile corpus', () => {
    expect(cases.map((c) => c.file)).toEqual(
      expect.arrayContaining([
        'slip-dotdot.zip',
        'slip-absolute.zip',
        'slip-drive.zip',
        'symlink.zip',
        'bomb-ratio.zip',
        'nested.zip',
        'overlap.zip',
        'truncated.zip',
        'crc.zip',
        'wrong-sizes.zip',
        'zip64.zip',
        'cp437-name.zip',
        'nfd-name.zip',
        'csv-wide.csv',
        'json-many-keys.json',
        'html-adversarial.html',
        'mp3-lying-length.mp3',
        'zip-name-mismatch.zip',
        'zip-duplicate-names.zip',
        'voice-history-impossible-times.json',
        'csv-bidi.csv',
        'voice-history-over-cap.json',
        'many-entries.zip',
        'csv-huge-line.csv',
        'csv-unbalanced.csv',
        'csv-latin1.csv',
        'csv-utf16.csv',
        'json-deep.json',
        'json-big-string.json',
        'html-scripts.html',
        'wav-lying-length.wav',
        'garbage.mp3',
      ]),
    );
  });

  it('gives each case its specific code, naming the file', async () => {
    const outcomes: Record<string, string> = {};
    for (const c of cases) {
      const outcome = await runCase(dir, c, c.file === 'many-entries.zip' ? { maxEntries: 50_000 } : {});
      outcomes[c.file] = outcome.code;
      if (outcome.code !== 'ok' && outcome.code !== 'unknown-format') expect(outcome.detail, c.file).toContain(c.file);
    }
    expect(outcomes).toEqual(Object.fromEntries(cases.map((c) => [c.file, c.expect])));
  }, 180_000);

  it("fails every hostile zip read through the CLI's FdBlob with the same code and message", async () => {
    try {
      for (const c of cases.filter((c) => c.file.endsWith('.zip') && c.file !== 'many-entries.zip')) {
        const viaFd = await runCase(dir, c, {}, async (path) => FdBlob.of(path, statSync(path).size));
        expect(viaFd, c.file).toEqual(await runCase(dir, c));
      }
    } finally {
      closeFdBlobs();
    }
  }, 60_000);

  it('decodes the tolerable cases correctly', async () => {
    const find = (file: string) => cases.find((c) => c.file === file)!;
    expect((await runCase(dir, find('cp437-name.zip'))).detail).toMatch(/^cp437-name\.zip\/Küche\.csv=Utterance text/);
    expect((await runCase(dir, find('nfd-name.zip'))).detail).toMatch(/^nfd-name\.zip\/Küche\.csv=/);
    expect((await runCase(dir, find('zip64.zip'))).detail).toContain('Intent-1-1.csv=Utterance text');
    expect((await runCase(dir, find('csv-latin1.csv'))).detail).toBe('alexa licht küche an');
    expect((await runCase(dir, find('csv-utf16.csv'))).detail).toBe('alexa licht küche an');
    expect((await runCase(dir, find('wav-lying-length.wav'))).detail).toBe('1000');
    // Both "Küche.wav" (NFC and NFD) are left out; the CSV stays.
    expect((await runCase(dir, find('zip-duplicate-names.zip'))).detail).toMatch(
      /^zip-duplicate-names\.zip\/Intent-1-1\.csv=[^|]*$/,
    );
    const html = (await runCase(dir, find('html-scripts.html'))).detail!;
    expect(html).toContain('Said hallo');
    expect(html).not.toMatch(/alert|steal|onerror/);
  });

  it('gives each case the same code and content when its entries are read in bulk', async () => {
    const single: Record<string, string> = {};
    const bulk: Record<string, string> = {};
    for (const c of cases.filter((c) => c.file.endsWith('.zip') && c.file !== 'many-entries.zip')) {
      const one = await runCase(dir, c);
      const all = await runCase(dir, c, {}, undefined, true);
      single[c.file] = `${one.code} ${one.code === 'ok' ? one.detail : ''}`;
      bulk[c.file] = `${all.code} ${all.code === 'ok' ? all.detail : ''}`;
      if (all.code !== 'ok') expect(all.detail, c.file).toContain(c.file);
    }
    expect(bulk).toEqual(single);
    expect(Object.values(bulk).filter((v) => v.startsWith('zip-crc'))).not.toHaveLength(0);
  }, 60_000);

  it('accepts 100,000 tiny entries under the default limits without reading them', async () => {
    const entries = await expandInputs([
      { path: 'many-entries.zip', blob: await openAsBlob(join(dir, 'many-entries.zip')), lastModified: 0 },
    ]);
    expect(entries).toHaveLength(100_000);
    expect(await entries[99_999]!.read()).toEqual(new Uint8Array([65 + (99_999 % 26)]));
  }, 60_000);
});
