// Fuzzing the zip layer: archives with arbitrary entry names (traversal pieces, drive letters, backslashes,
// NUL, NFD, CP437 bytes) and byte-mutated archives. Every archive is refused with an ImportError or opens to
// entries whose names are safe lookup strings and whose reads give bytes or an ImportError.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../../shared/archive/index';
import { unsafeNameReason } from '../../../shared/archive/names';
import { buildZip } from '../../hostile/zip-bytes';
import { budget, enc, expectHandledAsync, mutated, testTimeout } from './fuzz';
import { INTENT_CSV } from './seeds';

const RUNS = 300;
const piece = fc.constantFrom(
  '..',
  '.',
  '',
  'a',
  'Küche',
  'C:',
  'c:',
  '\\',
  '/',
  '%2e%2e',
  '\0',
  'u\u0308',
  '~',
  ' ',
  'x.csv',
);
const name = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
const rawName = fc.uint8Array({ minLength: 1, maxLength: 24 });

async function open(bytes: Uint8Array) {
  const entries = await expectHandledAsync(() =>
    expandInputs([{ path: 'export.zip', blob: new Blob([bytes as Uint8Array<ArrayBuffer>]), lastModified: 0 }]),
  );
  for (const entry of entries ?? []) {
    expect(entry.path.startsWith('export.zip/')).toBe(true);
    expect(unsafeNameReason(entry.path.slice('export.zip/'.length)), entry.path).toBeUndefined();
    const data = await expectHandledAsync(() => entry.read());
    if (data) expect(data.length).toBeLessThanOrEqual(entry.size || data.length);
  }
  return entries;
}

describe('fuzz: zip archives', () => {
  it(
    'entry names: unsafe ones refuse the archive, the rest open as safe names',
    { timeout: testTimeout(RUNS, 30) },
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.oneof(name, rawName), { minLength: 1, maxLength: 4 }), async (names) => {
          const data = enc(INTENT_CSV.text);
          const entries = await open(buildZip(names.map((n) => ({ name: n, data }))));
          const strings = names.filter((n): n is string => typeof n === 'string');
          if (strings.some((n) => n.replace(/\\/g, '/').split('/').includes('..'))) expect(entries).toBeUndefined();
        }),
        budget(RUNS),
      );
    },
  );

  it('byte-mutated archives open safely or fail with an ImportError', { timeout: testTimeout(RUNS, 30) }, async () => {
    const good = buildZip([
      { name: 'Additional Data/Alexa/Alexa/NLU/Intent-1-1.csv', data: enc(INTENT_CSV.text), deflate: true },
      { name: 'Voice/a.wav', data: new Uint8Array(300).fill(7) },
    ]);
    expect((await open(good))?.length).toBe(2);
    await fc.assert(
      fc.asyncProperty(mutated(good), async (bytes) => void (await open(bytes))),
      budget(RUNS),
    );
  });
});
