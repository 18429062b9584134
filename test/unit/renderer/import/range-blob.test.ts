// Files picked in the desktop app's dialog are read lazily by range requests: the import reads only what an
// importer needs, when it needs it. A Node server answers ranges with the desktop protocol's own parser.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRange } from '../../../../electron/url-guards';
import { expandInputs } from '../../../../shared/archive/index';
import { RangeBlob } from '../../../../renderer/import/range-blob';
import { buildZip } from '../../../hostile/zip-bytes';

const audio = new Uint8Array(4 * 1024 * 1024).map((_, i) => (i * 7) & 0xff);
const zip = buildZip([
  {
    name: 'Intent-1-1.csv',
    data: new TextEncoder().encode('Utterance text,Utterance Creation Date\nhallo,2026-01-01T00:00:00Z\n'),
  },
  { name: 'clip.wav', data: audio },
]);
let server: Server;
let url = '';
let served = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    // No keep-alive: a reused socket the server closed while idle would fail a later fetch (ECONNRESET).
    response.setHeader('connection', 'close');
    const range = parseRange(request.headers.range ?? null, zip.length);
    if (range === 'invalid' || !range) {
      response.writeHead(range ? 416 : 200).end(range ? undefined : Buffer.from(zip));
      if (!range) served += zip.length;
      return;
    }
    served += range.end - range.start + 1;
    response
      .writeHead(206, { 'content-range': `bytes ${range.start}-${range.end}/${zip.length}` })
      .end(Buffer.from(zip.subarray(range.start, range.end + 1)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/local-file/token`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('lazily read picked files', () => {
  it('reads slices and streams exactly as a Blob does', async () => {
    const blob = RangeBlob.of(url, zip.length);
    const real = new Blob([zip.slice()]);
    for (const [a, b] of [
      [0, 4],
      [100, 70_000],
      [-22, undefined],
      [zip.length - 10, zip.length + 50],
    ] as const) {
      expect(new Uint8Array(await blob.slice(a, b).arrayBuffer())).toEqual(
        new Uint8Array(await real.slice(a, b).arrayBuffer()),
      );
    }
    expect(await blob.slice(5, 5).arrayBuffer()).toHaveProperty('byteLength', 0);
    const chunks: Uint8Array[] = [];
    for await (const chunk of blob.slice(1000, 900_000).stream() as unknown as AsyncIterable<Uint8Array>)
      chunks.push(chunk);
    expect(Buffer.concat(chunks).equals(Buffer.from(zip.subarray(1000, 900_000)))).toBe(true);
  });

  it('opens a picked zip reading only its directory, and an entry only when it is read', async () => {
    served = 0;
    const entries = await expandInputs([{ path: 'export.zip', blob: RangeBlob.of(url, zip.length), lastModified: 0 }]);
    expect(entries.map((e) => e.path)).toEqual(['export.zip/Intent-1-1.csv', 'export.zip/clip.wav']);
    expect(served).toBeLessThan(zip.length / 20);
    const csv = await entries[0]!.read();
    expect(new TextDecoder().decode(csv)).toContain('hallo');
    expect(served).toBeLessThan(zip.length / 20);
    expect(Buffer.from(await entries[1]!.read()).equals(Buffer.from(audio))).toBe(true);
  });

  it('parses ranges as the desktop protocol serves them', () => {
    expect(parseRange(null, 10)).toBeUndefined();
    expect(parseRange('bytes=2-5', 10)).toEqual({ start: 2, end: 5 });
    expect(parseRange('bytes=2-', 10)).toEqual({ start: 2, end: 9 });
    expect(parseRange('bytes=-3', 10)).toEqual({ start: 7, end: 9 });
    expect(parseRange('bytes=8-99', 10)).toEqual({ start: 8, end: 9 });
    for (const bad of [
      'bytes=10-12',
      'bytes=5-2',
      'bytes=-',
      'bytes=1-2,4-5',
      'items=0-1',
      'bytes=99999999999999999999-',
    ])
      expect(parseRange(bad, 10)).toBe('invalid');
  });
});
