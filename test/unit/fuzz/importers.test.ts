// Fuzzing the importers end to end (detection + parsing) on mutated exports: Alexa voice history JSON, Google
// Takeout JSON and HTML, and the Amazon archive's Intent CSV. Byte mutations and arbitrary values put into
// any field must yield captures with sane fields or one ImportError — never a crash or a hang.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blobEntry } from '../../../shared/archive/index';
import { detectAndParse } from '../../../shared/importers/index';
import { budget, enc, expectHandledAsync, mutated, testTimeout } from './fuzz';
import { INTENT_CSV, SEEDS, TAKEOUT_JSON, VOICE_HISTORY } from './seeds';

const RUNS = 150;

async function importOne(path: string, bytes: Uint8Array) {
  const outcome = await expectHandledAsync(() =>
    detectAndParse([blobEntry(path, new Blob([bytes as Uint8Array<ArrayBuffer>]), 0)], { timeZone: 'Europe/Berlin' }),
  );
  for (const result of outcome?.results ?? [])
    for (const capture of result.captures) {
      expect(Number.isFinite(capture.ts), path).toBe(true);
      expect(typeof capture.id).toBe('string');
      if (capture.transcript !== undefined) expect(typeof capture.transcript).toBe('string');
    }
  return outcome;
}

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Every position in a JSON tree, so one can be replaced by an arbitrary value. */
function paths(value: JsonValue, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => paths(v, [...at, k], out));
  return out;
}

function replaced(root: JsonValue, path: (string | number)[], by: JsonValue): JsonValue {
  if (!path.length) return by;
  const copy = structuredClone(root) as Record<string | number, JsonValue>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, JsonValue>;
  node[path.at(-1)!] = by;
  return copy as JsonValue;
}

describe('fuzz: importers', () => {
  it('each seed imports as its format (the fuzzing starts from valid exports)', async () => {
    const sources = [];
    for (const seed of SEEDS) sources.push((await importOne(seed.path, enc(seed.text)))?.results[0]?.source);
    expect(sources).toEqual(['alexa-history', 'google-takeout', 'google-takeout', 'alexa-archive']);
  });

  it.each(SEEDS.map((s) => [s.path, s] as const))(
    'byte-mutated %s imports or fails with an ImportError',
    { timeout: testTimeout(RUNS, 40) },
    async (_path, seed) => {
      await fc.assert(
        fc.asyncProperty(mutated(enc(seed.text)), async (bytes) => void (await importOne(seed.path, bytes))),
        budget(RUNS),
      );
    },
  );

  it.each([VOICE_HISTORY, TAKEOUT_JSON].map((s) => [s.path, s] as const))(
    'any value in any field of %s imports or fails with an ImportError',
    { timeout: testTimeout(RUNS, 40) },
    async (_path, seed) => {
      const root = JSON.parse(seed.text) as JsonValue;
      const all = paths(root);
      const value = fc.oneof(
        fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<JsonValue>,
        fc.constantFrom<JsonValue>(-1, 1e308, '', '2026-13-45', null),
      );
      await fc.assert(
        fc.asyncProperty(fc.nat(), value, async (i, by) => {
          await importOne(seed.path, enc(JSON.stringify(replaced(root, all[i % all.length]!, by))));
        }),
        budget(RUNS),
      );
    },
  );

  it(
    'Intent CSV with arbitrary cells imports or fails with an ImportError',
    { timeout: testTimeout(RUNS, 40) },
    async () => {
      const header = INTENT_CSV.text.split('\n')[0]!;
      const cellArb = fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.constantFrom('Not Available', '', '2026-10-19T07:00:00.250Z', '"', '""'),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.array(cellArb, { minLength: 0, maxLength: 7 }), { maxLength: 6 }),
          async (rows) => {
            const body = rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n');
            await importOne(INTENT_CSV.path, enc(`${header}\n${body}\n`));
          },
        ),
        budget(RUNS),
      );
    },
  );
});
