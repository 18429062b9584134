// Property tests (fast-check, fixed seed, bounded runs) for the parsers that read untrusted text: CSV, JSON,
// HTML, zip entry names and time-bearing file names. Each must either decode correctly or fail with an
// ImportError — never crash, hang or leak script text.

import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { Uint8ArrayReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js';
import { expandInputs } from '../../../shared/archive/index';
import { normaliseEntryName, unsafeNameReason } from '../../../shared/archive/names';
import { parseCsv } from '../../../shared/importers/csv';
import { htmlToText, parseActivityHtml } from '../../../shared/importers/html';
import { parseJson } from '../../../shared/importers/json';
import { parseTimeFromName } from '../../../shared/importers/times';
import { ImportError } from '../../../shared/importers/types';

const settings = (numRuns: number) => ({ seed: 20261126, numRuns, plugins: [fc.timeout(2_000)] });
const onlyImportErrors = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
  }
};

describe('CSV', () => {
  it('round-trips any cells (quotes, commas, CRLF, Unicode) written by a CSV writer', () => {
    const cellArb = fc.string({ unit: 'grapheme', maxLength: 30 });
    const rowArb = fc.tuple(cellArb, cellArb, cellArb).map(([a, b, c]) => [`x${a}`, b, c]);
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 8 }), fc.boolean(), (rows, crlf) => {
        const text = Papa.unparse({ fields: ['a', 'b', 'c'], data: rows }, { newline: crlf ? '\r\n' : '\n' });
        const table = parseCsv(`\uFEFF${text}`, 'p.csv');
        expect(table.header).toEqual(['a', 'b', 'c']);
        expect(table.rows).toEqual(rows);
      }),
      settings(200),
    );
  });

  it('never fails with anything but an ImportError on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => onlyImportErrors(() => parseCsv(text, 'p.csv'))),
      settings(200),
    );
  });
});

describe('JSON', () => {
  it('decodes any JSON value and rejects anything else with json-malformed', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
        const text = JSON.stringify(value);
        expect(parseJson(new TextEncoder().encode(text), 'p.json')).toEqual(JSON.parse(text));
      }),
      settings(200),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => onlyImportErrors(() => parseJson(text, 'p.json'))),
      settings(200),
    );
  });
});

describe('HTML', () => {
  it('never returns script or style content, whatever surrounds it', () => {
    const noise = fc.string({ maxLength: 60 }).map((s) => s.replace(/<\/?(script|style)/gi, ''));
    fc.assert(
      fc.property(noise, noise, fc.constantFrom('script', 'style', 'SCRIPT'), (before, after, tag) => {
        const html = `<div class="outer-cell"><div class="content-cell mdl-cell--6-col mdl-typography--body-1">${before}<${tag}>SECRET_PAYLOAD</${tag}>${after}</div></div>`;
        expect(htmlToText(html)).not.toContain('SECRET_PAYLOAD');
        onlyImportErrors(() =>
          expect(JSON.stringify(parseActivityHtml(html, 'p.html'))).not.toContain('SECRET_PAYLOAD'),
        );
      }),
      settings(200),
    );
  });
});

describe('zip entry names', () => {
  const segment = fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
    .filter((s) => !/[/\\\p{Cc}]/u.test(s) && s !== '..' && s !== '.' && !/^[a-zA-Z]:/.test(s));

  it('flags every name that climbs out with "..", and no ordinary path', () => {
    fc.assert(
      fc.property(
        fc.array(segment, { maxLength: 4 }),
        fc.array(segment, { maxLength: 4 }),
        fc.constantFrom('/', '\\'),
        (head, tail, sep) => {
          expect(unsafeNameReason([...head, '..', ...tail].join(sep))).toBeDefined();
          if (head.length) expect(unsafeNameReason(head.join('/'))).toBeUndefined();
          expect(normaliseEntryName(normaliseEntryName(head.join(sep)))).toBe(normaliseEntryName(head.join(sep)));
        },
      ),
      settings(200),
    );
  });

  it('lists any safe Unicode names of a real zip as NFC paths under the archive name', async () => {
    let listed = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(
          fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join('/')),
          { minLength: 1, maxLength: 5, selector: (n) => n.normalize('NFC') },
        ),
        async (names) => {
          const writer = new ZipWriter(new Uint8ArrayWriter());
          for (const name of names) await writer.add(name, new Uint8ArrayReader(new TextEncoder().encode(name)));
          const bytes = await writer.close();
          try {
            const entries = await expandInputs([{ path: 'p.zip', blob: new Blob([bytes]), lastModified: 0 }]);
            expect(entries.map((e) => e.path).sort()).toEqual(names.map((n) => `p.zip/${n.normalize('NFC')}`).sort());
            listed++;
          } catch (error) {
            // A refusal must at least be a user-facing ImportError; the count below keeps refusals rare.
            expect(error).toBeInstanceOf(ImportError);
          }
        },
      ),
      settings(60),
    );
    expect(listed).toBe(60);
  });
});

describe('times in file names', () => {
  it('reads back any UTC time written the Google way and never throws on other names', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2001, 0, 1), max: Date.UTC(2099, 0, 1) }), (ts) => {
        const d = new Date(ts);
        const p = (n: number, w = 2) => String(n).padStart(w, '0');
        const name = `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}_${p(d.getUTCHours())}_${p(d.getUTCMinutes())}_${p(d.getUTCSeconds())}_${p(d.getUTCMilliseconds(), 3)}_UTC.mp3`;
        expect(parseTimeFromName(name, 'Europe/Berlin')).toBe(ts);
      }),
      settings(200),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (name) => void parseTimeFromName(name, 'Europe/Berlin')),
      settings(200),
    );
  });
});
