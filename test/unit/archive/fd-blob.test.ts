// The CLI reads files through FdBlob (positioned reads on a descriptor) instead of Node's file-backed Blob:
// every slice must hold the same bytes (the hostile corpus through both: test/unit/archive/hostile.test.ts).

import { describe, expect, it } from 'vitest';
import { mkdtempSync, openAsBlob, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeFdBlobs, FdBlob } from '../../../electron/cli/fd-blob';

function scratch(): { dir: string; done(): void } {
  const d = mkdtempSync(join(tmpdir(), 'earshot-fd-blob-'));
  return { dir: d, done: () => (closeFdBlobs(), rmSync(d, { recursive: true, force: true })) };
}

const bytesOf = async (blob: Blob) => Buffer.from(await blob.arrayBuffer());
/** Byte-equal (vitest's deep equality walks a megabyte element by element). */
const same = (a: Uint8Array, b: Uint8Array) => expect(a.length === b.length && Buffer.compare(a, b) === 0).toBe(true);

describe('FdBlob', () => {
  it('gives the same bytes as a Node Blob for slices, slices of slices, text and streams', async () => {
    const tmp = scratch();
    try {
      const data = new Uint8Array(2 * 1024 * 1024 + 17);
      for (let i = 0; i < data.length; i++) data[i] = (Math.imul(i, 2654435761) >>> 24) & 0xff;
      const file = join(tmp.dir, 'data.bin');
      writeFileSync(file, data);
      const fd = FdBlob.of(file, data.length);
      const node = await openAsBlob(file);
      expect(fd.size).toBe(node.size);
      for (const [a, b] of [
        [0, 4],
        [5, 5],
        [9, 3],
        [-30, undefined],
        [-5, -2],
        [100, 5_000_000],
        [undefined, undefined],
      ] as const) {
        same(await bytesOf(fd.slice(a, b)), await bytesOf(node.slice(a, b)));
        same(await bytesOf(fd.slice(a, b).slice(1, -1)), await bytesOf(node.slice(a, b).slice(1, -1)));
      }
      const streamed: Uint8Array[] = [];
      for await (const chunk of fd.slice(7).stream() as unknown as AsyncIterable<Uint8Array>) streamed.push(chunk);
      expect(streamed.map((c) => c.length)).toEqual([1024 * 1024, 1024 * 1024, 10]);
      same(Buffer.concat(streamed), data.subarray(7));
      expect(await fd.slice(0, 40).text()).toBe(await node.slice(0, 40).text());
    } finally {
      tmp.done();
    }
  });

  it('keeps reading correctly with more files than descriptors it holds open, and after closing them', async () => {
    const tmp = scratch();
    try {
      const blobs = Array.from({ length: 40 }, (_, i) => {
        const file = join(tmp.dir, `f${i}.txt`);
        writeFileSync(file, `file number ${i}`);
        return FdBlob.of(file, statSync(file).size);
      });
      for (let round = 0; round < 2; round++) {
        for (const [i, blob] of blobs.entries()) expect(await blob.slice(5).text()).toBe(`number ${i}`);
        closeFdBlobs();
      }
    } finally {
      tmp.done();
    }
  });

  it('refuses a file that became shorter after it was listed', async () => {
    const tmp = scratch();
    try {
      const file = join(tmp.dir, 'cut.bin');
      writeFileSync(file, new Uint8Array(1000));
      const blob = FdBlob.of(file, 1000);
      truncateSync(file, 10);
      await expect(blob.arrayBuffer()).rejects.toThrow(/became shorter/);
    } finally {
      tmp.done();
    }
  });
});
