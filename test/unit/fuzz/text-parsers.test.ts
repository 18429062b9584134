// Fuzzing the text parsers that read untrusted bytes: CSV, JSON, Takeout's HTML and the text decoder.
// Arbitrary and mutated inputs must parse or fail with an ImportError — no crash, no hang, no script text.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/importers/csv';
import { htmlToText, parseActivityHtml, stripActiveContent } from '../../../shared/importers/html';
import { parseJson } from '../../../shared/importers/json';
import { decodeText } from '../../../shared/importers/text';
import { budget, enc, expectHandled, mutated, testTimeout } from './fuzz';
import { INTENT_CSV, TAKEOUT_HTML, TAKEOUT_JSON, VOICE_HISTORY } from './seeds';

const RUNS = 400;
const csvish = fc.string({
  unit: fc.constantFrom('a', 'ü', ',', '"', '\n', '\r', ';', '\t', ' ', '\uFEFF', '\0'),
  maxLength: 400,
});
const jsonish = fc.string({
  unit: fc.constantFrom('[', ']', '{', '}', '"', ':', ',', '1', 'e', '-', '\\', 'u', 'a', ' '),
  maxLength: 400,
});
const htmlish = fc.string({
  unit: fc.constantFrom(
    '<',
    '>',
    '/',
    'div',
    'script',
    'class="content-cell"',
    '"',
    '=',
    '&amp;',
    '&#',
    ';',
    'a',
    ' ',
    '<br>',
    'onerror',
  ),
  maxLength: 300,
});

describe('fuzz: text parsers', () => {
  it('CSV: any text or mutated export parses or fails as csv-malformed', { timeout: testTimeout(RUNS * 3) }, () => {
    fc.assert(
      fc.property(fc.oneof(csvish, fc.string({ unit: 'binary', maxLength: 300 })), (text) => {
        const table = expectHandled(() => parseCsv(text, 'f.csv'));
        if (table) for (const row of table.rows) expect(Array.isArray(row)).toBe(true);
      }),
      budget(RUNS),
    );
    fc.assert(
      fc.property(mutated(enc(INTENT_CSV.text)), (bytes) => void expectHandled(() => parseCsv(bytes, 'f.csv'))),
      budget(RUNS),
    );
  });

  it(
    'JSON: any text, deep nesting or mutated export parses or fails as json-malformed',
    { timeout: testTimeout(RUNS * 4) },
    () => {
      const deep = fc
        .tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('[', '{"a":'))
        .map(([n, open]) => open.repeat(n));
      fc.assert(
        fc.property(fc.oneof(jsonish, deep), (text) => void expectHandled(() => parseJson(text, 'f.json'))),
        budget(RUNS),
      );
      fc.assert(
        fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
          expect(expectHandled(() => parseJson(JSON.stringify(value), 'f.json'))).toEqual(
            JSON.parse(JSON.stringify(value)),
          );
        }),
        budget(RUNS),
      );
      for (const seed of [VOICE_HISTORY, TAKEOUT_JSON])
        fc.assert(
          fc.property(mutated(enc(seed.text)), (bytes) => void expectHandled(() => parseJson(bytes, 'f.json'))),
          budget(RUNS),
        );
    },
  );

  it(
    'HTML: never throws anything but html-malformed and never lets script text through',
    { timeout: testTimeout(RUNS * 3) },
    () => {
      const noScript = (text: string) => expect(text).not.toMatch(/steal\(|alert\(/);
      fc.assert(
        fc.property(htmlish, (html) => {
          const withScript = `${html}<script>steal()</script><img src=x onerror="alert(1)">${html}`;
          expect(stripActiveContent(withScript)).not.toMatch(/<script\b|steal\(/i);
          noScript(htmlToText(withScript));
          const cells = expectHandled(() => parseActivityHtml(withScript, 'a.html'));
          for (const c of cells ?? []) noScript(JSON.stringify(c));
        }),
        budget(RUNS),
      );
      fc.assert(
        fc.property(mutated(enc(TAKEOUT_HTML.text)), (bytes) => {
          const cells = expectHandled(() => parseActivityHtml(decodeText(bytes), 'a.html'));
          for (const c of cells ?? []) expect(JSON.stringify(c)).not.toMatch(/<script/i);
        }),
        budget(RUNS),
      );
    },
  );

  it(
    'text decoding: any bytes (UTF-8, UTF-16, Latin-1, garbage) decode without throwing',
    { timeout: testTimeout(RUNS) },
    () => {
      const boms = fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]);
      fc.assert(
        fc.property(boms, fc.uint8Array({ maxLength: 500 }), (bom, body) => {
          const text = expectHandled(
            () => decodeText(new Uint8Array([...bom, ...body])),
            () => false,
          );
          expect(typeof text).toBe('string');
        }),
        budget(RUNS),
      );
    },
  );
});
