// Reading many zip entries at once (the import's audio phase): few Blob reads for many entries, the same
// bytes as reading each entry alone, and every check of a single read — a wrong CRC-32, a lying size, a
// local header naming another file, damaged deflate data — failing only the entry it belongs to.

import { describe, expect, it } from 'vitest';
import { expandInputs, readMany } from '../../../shared/archive/index';
import { planRuns, RUN_BYTES } from '../../../shared/archive/bulk-reader';
import { ImportError } from '../../../shared/importers/types';
import { buildZip, type RawEntry } from '../../hostile/zip-bytes';

/** A Blob that counts the reads made of it (each slice's arrayBuffer or stream). */
class CountingBlob extends Blob {
  reads = 0;
  override slice(start?: number, end?: number, type?: string): Blob {
    const part = super.slice(start, end, type);
    const count = () => this.reads++;
    return new (class extends Blob {
      override async arrayBuffer() {
        count();
        return part.arrayBuffer();
      }
      override stream() {
        count();
        return part.stream();
      }
    })([part], { type: part.type });
  }
}

const recording = (i: number, length = 20_000) =>
  Uint8Array.from({ length }, (_, k) => (Math.imul(k + i * 7919, 2654435761) >>> 23) & 0xff);

async function open(entries: RawEntry[]) {
  const blob = new CountingBlob([buildZip(entries) as Uint8Array<ArrayBuffer>]);
  const inputs = await expandInputs([{ path: 'a.zip', blob, lastModified: 0 }]);
  blob.reads = 0;
  return { blob, inputs };
}

async function outcome(read: Promise<Uint8Array>): Promise<string> {
  try {
    await read;
    return 'ok';
  } catch (error) {
    return error instanceof ImportError ? error.code : String(error);
  }
}

describe('readMany', () => {
  it('reads 40 stored and deflated entries with one Blob read per run, byte for byte as read() does', async () => {
    const entries = Array.from({ length: 40 }, (_, i) => ({
      name: `audio/${i}.wav`,
      data: recording(i),
      deflate: i % 3 === 0,
    }));
    const { blob, inputs } = await open(entries);
    const read = await readMany(inputs);
    // Deflated entries are inflated from the slice in memory (a Blob of their bytes, not of the archive).
    expect(blob.reads).toBe(1);
    for (const [i, input] of inputs.entries()) expect(await read(input)).toEqual(entries[i]!.data);
  });

  it('gives a checked stored entry as a slice of its archive, byte for byte, and no slice for deflated ones', async () => {
    const entries = Array.from({ length: 6 }, (_, i) => ({
      name: `audio/${i}.wav`,
      data: recording(i),
      deflate: i % 2 === 1,
    }));
    const { inputs } = await open(entries);
    const read = await readMany(inputs);
    // Not before its bytes were read and checked (CRC, header): an unchecked slice is never handed out.
    expect(read.original(inputs[0]!, 'audio/wav')).toBeUndefined();
    for (const [i, input] of inputs.entries()) {
      await read(input);
      const original = read.original(input, 'audio/wav');
      if (entries[i]!.deflate) expect(original).toBeUndefined();
      else {
        expect(original?.type).toBe('audio/wav');
        expect(new Uint8Array(await original!.arrayBuffer())).toEqual(entries[i]!.data);
      }
    }
  });

  it('gives no slice of an entry that failed its checks', async () => {
    const entries: RawEntry[] = Array.from({ length: 3 }, (_, i) => ({ name: `${i}.wav`, data: recording(i) }));
    entries[1]!.crc = 0xdeadbeef;
    const { inputs } = await open(entries);
    const read = await readMany(inputs);
    expect(await outcome(read(inputs[1]!))).toBe('zip-crc');
    expect(read.original(inputs[1]!, 'audio/wav')).toBeUndefined();
  });

  it('fails only the entry whose CRC-32 is wrong, stored or deflated, and reads its neighbours', async () => {
    const entries: RawEntry[] = Array.from({ length: 6 }, (_, i) => ({ name: `${i}.wav`, data: recording(i) }));
    entries[2]!.crc = 0xdeadbeef;
    entries[4] = { ...entries[4]!, deflate: true, crc: 0x12345678 };
    const { inputs } = await open(entries);
    const read = await readMany(inputs);
    expect(await Promise.all(inputs.map((input) => outcome(read(input))))).toEqual([
      'ok',
      'ok',
      'zip-crc',
      'ok',
      'zip-crc',
      'ok',
    ]);
  });

  it('refuses a stored entry whose declared size lies, and a deflated one that unpacks past its size', async () => {
    const { inputs } = await open([
      { name: 'a.wav', data: recording(1) },
      { name: 'b.wav', data: recording(2), uncompressedSize: 30_000 },
      { name: 'c.wav', data: recording(3), deflate: true, uncompressedSize: 1_000 },
    ]);
    const read = await readMany(inputs);
    expect(await Promise.all(inputs.map((input) => outcome(read(input))))).toEqual([
      'ok',
      'zip-corrupt',
      'zip-corrupt',
    ]);
  });

  it("refuses an entry whose local header names another file than the archive's table of contents", async () => {
    const { inputs } = await open([
      { name: 'a.wav', data: recording(1) },
      { name: 'b.wav', data: recording(2), localName: 'evil.wav' },
    ]);
    const read = await readMany(inputs);
    expect(await outcome(read(inputs[0]!))).toBe('ok');
    expect(await outcome(read(inputs[1]!))).toBe('zip-name-mismatch');
  });

  it('reports an entry cut off by the end of the file as truncated', async () => {
    // The archive shrinks after it was listed (a file on a drive that went away, a download still being
    // written): from then on it ends inside the second recording.
    class CutBlob extends Blob {
      limit = Infinity;
      readonly full: number;
      constructor(bytes: Uint8Array<ArrayBuffer>) {
        super([bytes]);
        const full = bytes.length;
        this.full = full;
        Object.defineProperty(this, 'size', { get: () => Math.min(full, this.limit) });
      }
      override slice(start = 0, end = this.full) {
        return super.slice(Math.min(start, this.limit), Math.min(end, this.limit));
      }
    }
    const blob = new CutBlob(
      buildZip([
        { name: 'a.wav', data: recording(1) },
        { name: 'b.wav', data: recording(2) },
      ]) as Uint8Array<ArrayBuffer>,
    );
    const inputs = await expandInputs([{ path: 'a.zip', blob, lastModified: 0 }]);
    blob.limit = 30 + 5 + 20_000 + 30 + 5 + 5_000;
    const read = await readMany(inputs);
    expect(await outcome(read(inputs[0]!))).toBe('ok');
    expect(await outcome(read(inputs[1]!))).toBe('zip-truncated');
  });

  it('never plans a slice over RUN_BYTES for entries that fit one, and keeps far-apart entries apart', () => {
    const item = (offset: number, size: number) => ({
      path: String(offset),
      record: { name: '', offset, compressedSize: size, size, method: 0, crc32: 0 },
    });
    const items = Array.from({ length: 100 }, (_, i) => item(i * 200_000, 199_000));
    const runs = planRuns(items);
    expect(runs.length).toBeGreaterThan(1);
    for (const run of runs) expect(run.end - run.start).toBeLessThanOrEqual(RUN_BYTES);
    expect(runs.flatMap((r) => r.items)).toHaveLength(100);
    expect(planRuns([item(0, 1000), item(50_000_000, 1000)])).toHaveLength(2);
  });
});
