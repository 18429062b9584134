// expandInputs on ordinary inputs: loose files and zips side by side, lazy reading (only the central
// directory and the bytes asked for are touched), limits and cancellation.

import { openAsBlob, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Uint8ArrayReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js';
import { expandInputs } from '../../../shared/archive/index';
import { ImportError } from '../../../shared/importers/types';

/** A Blob that counts the bytes really pulled from it (arrayBuffer or stream), to prove lazy reading. */
class CountingBlob extends Blob {
  read = 0;
  override slice(start?: number, end?: number, type?: string): Blob {
    return new CountedPart(super.slice(start, end, type), this);
  }
}

class CountedPart extends Blob {
  constructor(
    part: Blob,
    private readonly owner: CountingBlob,
  ) {
    super([part]);
  }
  override async arrayBuffer(): Promise<ArrayBuffer> {
    this.owner.read += this.size;
    return super.arrayBuffer();
  }
  override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
    const owner = this.owner;
    return super.stream().pipeThrough(
      new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
        transform(chunk, controller) {
          owner.read += chunk.length;
          controller.enqueue(chunk);
        },
      }),
    );
  }
}

async function archive(files: Record<string, Uint8Array>): Promise<Uint8Array> {
  const writer = new ZipWriter(new Uint8ArrayWriter());
  for (const [name, data] of Object.entries(files))
    await writer.add(name, new Uint8ArrayReader(data), {
      level: name.endsWith('.csv') ? 6 : 0,
      lastModDate: new Date(Date.UTC(2026, 9, 20, 8)),
    });
  return writer.close();
}

const big = new Uint8Array(8 * 1024 * 1024).map((_, i) => (i * 31) & 0xff);
const csv = new TextEncoder().encode(
  'Utterance text,Utterance Creation Date\n"hallo",2026-10-20T07:15:02.000Z\n'.repeat(20),
);

describe('expandInputs', () => {
  it('lists zip entries under the zip path next to loose files, with sizes and dates', async () => {
    const zip = await archive({ 'Additional Data/Alexa/Intent-1-1.csv': csv, 'Voice/a.wav': big });
    const entries = await expandInputs([
      { path: 'export/All Data Categories.1.zip', blob: new Blob([zip]), lastModified: 1 },
      { path: 'export/FileDescriptions.csv', blob: new Blob(['File name,Description\n']), lastModified: 5 },
    ]);
    expect(entries.map((e) => [e.path, e.size])).toEqual([
      ['export/All Data Categories.1.zip/Additional Data/Alexa/Intent-1-1.csv', csv.length],
      ['export/All Data Categories.1.zip/Voice/a.wav', big.length],
      ['export/FileDescriptions.csv', 22],
    ]);
    expect(entries[0]!.lastModified).toBe(Date.UTC(2026, 9, 20, 8));
    expect(await entries[0]!.read()).toEqual(csv);
  });

  it('reads only the central directory to list, and only the head to sniff an 8 MB entry', async () => {
    // File-backed, like the CLI's fs.openAsBlob and a browser File (an in-memory Node Blob streams in one chunk).
    const file = join(tmpdir(), `earshot-lazy-${process.pid}.zip`);
    writeFileSync(file, await archive({ 'a.wav': big, 'b.csv': csv }));
    const blob = new CountingBlob([await openAsBlob(file)]);
    const [wav] = await expandInputs([{ path: 'x.zip', blob, lastModified: 0 }]);
    const listed = blob.read;
    expect(listed).toBeLessThan(256 * 1024);
    expect(await wav!.readHead!(16)).toEqual(big.subarray(0, 16));
    expect(blob.read - listed).toBeLessThan(2 * 1024 * 1024);
    // Buffer.equals: vitest's deep equality on 8 M elements would take minutes.
    expect(Buffer.from(await wav!.read()).equals(Buffer.from(big))).toBe(true);
  });

  it('refuses an entry over the size limit when it is read, and an archive over the entry limit when opened', async () => {
    const zip = await archive({ 'a.wav': big, 'b.csv': csv, 'c.csv': csv });
    const [wav] = await expandInputs([{ path: 'x.zip', blob: new Blob([zip]), lastModified: 0 }], {
      maxEntrySize: 1024 * 1024,
    });
    await expect(wav!.read()).rejects.toMatchObject({ code: 'too-large', file: 'x.zip/a.wav' });
    await expect(
      expandInputs([{ path: 'x.zip', blob: new Blob([zip]), lastModified: 0 }], { maxEntries: 2 }),
    ).rejects.toMatchObject({ code: 'zip-too-many-entries' });
  });

  it('stops with "cancelled" once the signal is aborted', async () => {
    const controller = new AbortController();
    const zip = await archive({ 'b.csv': csv });
    const entries = await expandInputs(
      [{ path: 'x.zip', blob: new Blob([zip]), lastModified: 0 }],
      {},
      controller.signal,
    );
    controller.abort();
    await expect(entries[0]!.read()).rejects.toBeInstanceOf(ImportError);
    await expect(entries[0]!.read()).rejects.toMatchObject({ code: 'cancelled' });
    await expect(
      expandInputs([{ path: 'y.zip', blob: new Blob([zip]), lastModified: 0 }], {}, controller.signal),
    ).rejects.toMatchObject({ code: 'cancelled' });
  });
});
