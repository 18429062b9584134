// Hostile corpus: archives and files built to break importers (zip slip, symlinks, bombs, overlaps, lies in
// headers, broken encodings, absurd nesting). Run: npx tsx test/hostile/generate.ts [--out test/hostile/out];
// test/unit/archive/hostile.test.ts imports generateHostile() and asserts the ImportError code of each case.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Uint8ArrayReader, Uint8ArrayWriter, ZipWriter, configure } from '@zip.js/zip.js';
import type { ImportErrorCode } from '../../shared/importers/types';
import { ADVERSARIAL_HTML } from './adversarial-html';
import { silentMp3 } from './mp3-bytes';
import { buildZip, manyEntriesZip } from './zip-bytes';
import { historyRecord } from './voice-history-scale';
import { MAX_RECORDS } from '../../shared/importers/json-stream';

configure({ useWebWorkers: false });

export interface HostileCase {
  file: string;
  /** The ImportError code the importer must give, or `ok` where the content is tolerable and decodes correctly. */
  expect: ImportErrorCode | 'ok';
  /** When the error appears: opening the archive, reading an entry of it, or parsing the file. */
  stage: 'expand' | 'read' | 'parse';
  note: string;
}

const enc = (s: string) => new TextEncoder().encode(s);
const csv = enc('Utterance text,Utterance Creation Date\n"alexa wie spät ist es",2026-10-20T07:15:02.000Z\n');

function wav(seconds: number, declaredDataBytes?: number): Uint8Array {
  const rate = 16000;
  const data = seconds * rate * 2;
  const view = new DataView(new ArrayBuffer(44 + data));
  const ascii = (at: number, s: string) => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + (declaredDataBytes ?? data), true);
  ascii(8, 'WAVEfmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  ascii(36, 'data');
  view.setUint32(40, declaredDataBytes ?? data, true);
  for (let i = 0; i < data / 2; i++) view.setInt16(44 + i * 2, Math.round(Math.sin(i / 8) * 8000), true);
  return new Uint8Array(view.buffer);
}

async function zip64(): Promise<Uint8Array> {
  const writer = new ZipWriter(new Uint8ArrayWriter(), { zip64: true });
  await writer.add('Additional Data/Alexa/Alexa/NLU/Intent-1-1.csv', new Uint8ArrayReader(csv));
  return writer.close();
}

function seeded(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

export async function generateHostile(outDir = 'test/hostile/out'): Promise<{ dir: string; cases: HostileCase[] }> {
  const dir = resolve(outDir);
  mkdirSync(dir, { recursive: true });
  const cases: HostileCase[] = [];
  const put = (
    file: string,
    bytes: Uint8Array | string,
    expect: HostileCase['expect'],
    stage: HostileCase['stage'],
    note: string,
  ) => {
    writeFileSync(join(dir, file), typeof bytes === 'string' ? enc(bytes) : bytes);
    cases.push({ file, expect, stage, note });
  };
  const zeros = new Uint8Array(10 * 1024 * 1024);
  const inner = buildZip([{ name: 'inner.csv', data: csv }]);
  const good = buildZip([
    { name: 'a.csv', data: csv, deflate: true },
    { name: 'b.wav', data: wav(1) },
  ]);

  put(
    'slip-dotdot.zip',
    buildZip([{ name: '../../evil.csv', data: csv }]),
    'zip-unsafe-path',
    'expand',
    '../ traversal',
  );
  put(
    'slip-backslash.zip',
    buildZip([{ name: '..\\..\\evil.csv', data: csv }]),
    'zip-unsafe-path',
    'expand',
    'Windows traversal',
  );
  put(
    'slip-absolute.zip',
    buildZip([{ name: '/etc/evil.csv', data: csv }]),
    'zip-unsafe-path',
    'expand',
    'absolute path',
  );
  put(
    'slip-drive.zip',
    buildZip([{ name: 'C:/Windows/evil.csv', data: csv }]),
    'zip-unsafe-path',
    'expand',
    'drive letter',
  );
  put(
    'symlink.zip',
    buildZip([{ name: 'passwd', data: enc('/etc/passwd'), externalAttributes: (0o120777 << 16) >>> 0 }]),
    'zip-symlink',
    'expand',
    'symlink entry',
  );
  put(
    'bomb-ratio.zip',
    buildZip([{ name: 'zeros.wav', data: zeros, deflate: true }]),
    'zip-bomb',
    'expand',
    '10 MB of zeros, ratio ~1000',
  );
  put(
    'bomb-declared-size.zip',
    buildZip([{ name: 'zeros.wav', data: zeros, deflate: true, uncompressedSize: 1000 }]),
    'zip-corrupt',
    'read',
    'declared size edited down to 1,000 B',
  );
  put(
    'wrong-sizes.zip',
    buildZip([{ name: 'a.csv', data: csv, uncompressedSize: csv.length + 50 }]),
    'zip-corrupt',
    'read',
    'declared size larger than the stored bytes',
  );
  put('nested.zip', buildZip([{ name: 'inner.zip', data: inner }]), 'zip-nested', 'read', 'zip inside a zip');
  put(
    'nested-renamed.zip',
    buildZip([{ name: 'inner.dat', data: inner }]),
    'zip-nested',
    'read',
    'zip inside a zip under another name',
  );
  put(
    'overlap.zip',
    buildZip([
      { name: 'a.csv', data: csv },
      { name: 'b.csv', data: csv, offsetOf: 0 },
    ]),
    'zip-overlap',
    'expand',
    'two entries share bytes',
  );
  put('truncated.zip', good.subarray(0, Math.floor(good.length / 2)), 'zip-truncated', 'expand', 'cut in the middle');
  put('crc.zip', buildZip([{ name: 'a.csv', data: csv, crc: 0xdeadbeef }]), 'zip-crc', 'read', 'CRC-32 mismatch');
  put(
    'encrypted.zip',
    buildZip([{ name: 'a.csv', data: csv, flags: 1 }]),
    'zip-encrypted',
    'expand',
    'encryption flag set',
  );
  put('not-a-zip.zip', seeded(4096, 3), 'zip-corrupt', 'expand', 'random bytes named .zip');
  put('zip64.zip', await zip64(), 'ok', 'read', 'ZIP64 records; must read normally');
  put(
    'cp437-name.zip',
    buildZip([{ name: new Uint8Array([...enc('K'), 0x81, ...enc('che.csv')]), data: csv }]),
    'ok',
    'read',
    'CP437 name without UTF-8 flag → "Küche.csv"',
  );
  put('nfd-name.zip', buildZip([{ name: 'Ku\u0308che.csv', data: csv }]), 'ok', 'read', 'NFD name → NFC "Küche.csv"');
  put(
    'many-entries.zip',
    manyEntriesZip(100_000),
    'zip-too-many-entries',
    'expand',
    '100,000 tiny entries (limit lowered to 50,000 in the test; default accepts)',
  );

  put(
    'csv-huge-line.csv',
    `Utterance text,Utterance Creation Date\n"${'a'.repeat(1024 * 1024)}",2026-10-20T07:15:02.000Z\n`,
    'csv-malformed',
    'parse',
    '1 MB field',
  );
  put(
    'csv-unbalanced.csv',
    'Utterance text,Utterance Creation Date\n"alexa hallo,2026-10-20T07:15:02.000Z\nnext,2026-10-20T07:15:03.000Z\n',
    'csv-malformed',
    'parse',
    'unclosed quote',
  );
  put(
    'csv-latin1.csv',
    new Uint8Array([
      ...enc('Utterance text,Utterance Creation Date\n"alexa licht k'),
      0xfc,
      ...enc('che an",2026-10-20T07:15:02.000Z\n'),
    ]),
    'ok',
    'parse',
    'Windows-1252 "küche"',
  );
  const utf16 = 'Utterance text,Utterance Creation Date\n"alexa licht küche an",2026-10-20T07:15:02.000Z\n';
  put(
    'csv-utf16.csv',
    new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...utf16].map((c) => c.charCodeAt(0))).buffer)]),
    'ok',
    'parse',
    'UTF-16LE with BOM',
  );
  put(
    'json-deep.json',
    `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    'json-malformed',
    'parse',
    '100,000 levels of nesting',
  );
  put(
    'json-broken.json',
    '{"customerHistoryRecords": [{"recordKey": "a#1#b#c", ',
    'json-malformed',
    'parse',
    'cut off',
  );
  put(
    'json-big-string.json',
    `"${'x'.repeat(10 * 1024 * 1024)}"`,
    'unknown-format',
    'parse',
    'one 10 MB string: valid JSON, not an export',
  );
  put(
    'html-scripts.html',
    `<html><body><script>alert(1)</script><div class="outer-cell"><div class="content-cell mdl-cell--6-col mdl-typography--body-1">Said <a href="https://www.google.com/search?q=hallo">hallo</a><script>steal()</script><br>Oct 20, 2026, 9:15:02 AM CEST<br></div><div class="content-cell mdl-typography--caption"><b>Products:</b><br>Assistant</div></div><img src=x onerror="alert(2)"></body></html>`,
    'ok',
    'parse',
    'scripts and handlers are dropped; transcript "hallo"',
  );
  put(
    'html-not-activity.html',
    '<html><body><p>Hello <b>world</p></body>',
    'html-malformed',
    'parse',
    'HTML that is no My Activity page',
  );
  put(
    'wav-lying-length.wav',
    wav(1, 0x7ffffff0),
    'ok',
    'parse',
    'data chunk claims 2 GB; duration must be the real 1 s',
  );
  put('garbage.mp3', seeded(8192, 11), 'audio-undecodable', 'parse', 'random bytes named .mp3');

  // Bounded work, integrity and invisible characters (docs/reliability.md, "Bounded work").
  const wideHeader = Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',');
  put(
    'csv-wide.csv',
    `${wideHeader}\n${'a\n'.repeat(100_000)}`,
    'table-too-wide',
    'parse',
    '10,000 columns × 100,000 short rows',
  );
  put(
    'json-many-keys.json',
    JSON.stringify(Array.from({ length: 5000 }, (_, i) => ({ [`key${i}`]: i }))),
    'table-too-wide',
    'parse',
    '5,000 objects, each with its own key',
  );
  put(
    'html-adversarial.html',
    ADVERSARIAL_HTML['tags without an end']!(240 * 1024),
    'ok',
    'parse',
    '240 KB of tag openings that never end (quadratic for regexes): read in linear time, holds nothing',
  );
  put('mp3-lying-length.mp3', silentMp3(11 * 60, 1), 'ok', 'parse', 'Xing header claims 1 s, the frames hold 11 min');
  put(
    'zip-name-mismatch.zip',
    buildZip([{ name: 'Intent-1-1.csv', localName: 'harmless.txt', data: csv }]),
    'zip-name-mismatch',
    'read',
    'local header names another file than the central directory',
  );
  put(
    'zip-duplicate-names.zip',
    buildZip([
      { name: 'Intent-1-1.csv', data: csv },
      { name: 'Küche.wav', data: wav(1) },
      { name: 'Ku\u0308che.wav', data: wav(2) },
    ]),
    'ok',
    'read',
    'two audio files named "Küche.wav" (NFC and NFD): neither may be used',
  );
  const record = (ts: unknown, text: string) => ({
    recordKey: `A#${String(ts)}#B#C`,
    recordType: 'VOICE_HISTORY',
    timestamp: ts,
    customerId: 'A',
    device: { deviceName: 'Echo', deviceEntityId: null },
    utteranceType: 'GENERAL',
    domain: 'Unknown',
    intent: 'Unknown',
    voiceHistoryRecordItems: [
      { recordItemKey: `${String(ts)}-0`, recordItemType: 'CUSTOMER_TRANSCRIPT', timestamp: ts, transcriptText: text },
    ],
  });
  put(
    'voice-history-impossible-times.json',
    `[{"customerHistoryRecords":[${[
      JSON.stringify(record(1792308137534, 'alexa licht an')),
      JSON.stringify(record(-5, 'b')),
      JSON.stringify(record('99999999999999999999', 'c')),
    ].join(',')},${JSON.stringify(record(0, 'd')).replace('"timestamp":0', '"timestamp":1e300')}]}]`,
    'ok',
    'parse',
    'timestamps 1e300, -5 and "99999999999999999999" next to one good record',
  );
  put(
    'csv-bidi.csv',
    'Utterance text,Utterance Creation Date\n"alexa \u202Etxt.exe\u0085 an",2026-10-20T07:15:02.000Z\n',
    'ok',
    'parse',
    'bidi override and a C1 control in a transcript: removed',
  );
  // The voice history at scale, one record over the cap (about 38 MB): read as a stream and refused when the
  // cap is passed. The 10⁶-record file of the security review is measured by bench/hostile-memory.ts.
  const overCap: string[] = [];
  for (let i = 0; i <= MAX_RECORDS; i++) overCap.push(JSON.stringify(historyRecord(i, true)));
  put(
    'voice-history-over-cap.json',
    `[{"customerHistoryRecords":[${overCap.join(',')}]}]`,
    'too-many-records',
    'parse',
    `${MAX_RECORDS + 1} voice records in one page: more than one import takes`,
  );
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(cases, null, 2));
  return { dir, cases };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outIndex = process.argv.indexOf('--out');
  const { dir, cases } = await generateHostile(outIndex > 0 ? process.argv[outIndex + 1] : undefined);
  process.stdout.write(`${cases.length} hostile cases → ${dir}\n`);
}
