// Reads many entries of one zip with few reads. The import reads its recordings a batch at a time. zip.js's
// own per-entry reader is not used for that: in the benchmark it took 14.9 s for 2,000 recordings of 307 MB
// stored uncompressed (its stream machinery per entry, a Blob read per chunk, a JavaScript CRC-32), the largest
// part of the baseline. Reading each entry with its own Blob slice costs a round trip to the browser's blob store
// per recording (in the desktop app an HTTP range request). Here the batch's entries are sorted by offset and read
// as a few contiguous slices of at most RUN_BYTES (46 reads instead of 2,000 for that household,
// bench/HISTORY.md); stored entries are views into their slice, deflated ones are inflated from it, and every
// entry's local header, sizes and CRC-32 are checked exactly as entry-reader.ts checks a single entry
// (docs/reliability.md). zip.js still lists and validates the central directory.

import { createCRC32, type IHasher } from 'hash-wasm';
import { ImportError } from '../importers/types';
import { checkedCrc32, EXTRA_ROOM, inflateEntry, readEntry, verifyLocalHeader, type EntryRecord } from './entry-reader';

/** Largest slice read at once: bounds the memory of a batch whatever the archive's size. */
export const RUN_BYTES = 8 * 1024 * 1024;
/**
 * Entries larger than this are not read in bulk but streamed on their own, as a single read does: half a
 * slice gains nothing from sharing one, and streaming bounds their memory.
 */
export const BULK_ENTRY_MAX = RUN_BYTES / 2;
/** Bytes of entries outside the batch a slice may read over rather than starting a new slice. */
export const GAP_BYTES = 64 * 1024;

export interface BulkItem {
  record: EntryRecord;
  path: string;
}

/**
 * Each item's bytes, or the ImportError reading it raised (thrown by the caller when it uses that entry). For an
 * entry stored uncompressed, `stored` is where exactly these bytes lie in the archive (start inclusive, end
 * exclusive), so a caller can keep them as a slice of the archive instead of a copy.
 */
export type BulkResult = { bytes: Uint8Array; stored?: { start: number; end: number } } | { error: unknown };

let wasmCrc: Promise<IHasher | null> | undefined;

/**
 * CRC-32 of a whole buffer: hash-wasm's (WebAssembly, ~3× the JavaScript slicing-by-8 of entry-reader.ts on
 * this machine), or the host's native one (the CLI installs zlib's), or the JavaScript one where WebAssembly is
 * not allowed. The hasher is used synchronously (init, update, digest), so concurrent reads cannot interleave.
 */
async function wholeCrc32(): Promise<(bytes: Uint8Array) => number> {
  const native = checkedCrc32();
  if (native.native) return (bytes) => native.fn(bytes, 0);
  wasmCrc ??= createCRC32().catch(() => null);
  const hasher = await wasmCrc;
  if (!hasher) return (bytes) => native.fn(bytes, 0);
  return (bytes) => {
    hasher.init();
    hasher.update(bytes);
    const digest = hasher.digest('binary');
    return ((digest[0]! << 24) | (digest[1]! << 16) | (digest[2]! << 8) | digest[3]!) >>> 0;
  };
}

/** Where an entry's local header, name, a generous extra field and data end, if the extra field is typical. */
const spanEnd = (record: EntryRecord) =>
  record.offset + 30 + (record.rawName?.length ?? 0) + EXTRA_ROOM + record.compressedSize;

/** Groups items (sorted by offset) into slices of at most RUN_BYTES, across gaps of at most GAP_BYTES. */
export function planRuns(items: readonly BulkItem[]): { start: number; end: number; items: BulkItem[] }[] {
  const sorted = [...items].sort((a, b) => a.record.offset - b.record.offset);
  const runs: { start: number; end: number; items: BulkItem[] }[] = [];
  for (const item of sorted) {
    const last = runs.at(-1);
    const end = spanEnd(item.record);
    if (last && item.record.offset - last.end <= GAP_BYTES && Math.max(last.end, end) - last.start <= RUN_BYTES) {
      last.end = Math.max(last.end, end);
      last.items.push(item);
    } else runs.push({ start: item.record.offset, end, items: [item] });
  }
  return runs;
}

/**
 * Reads the items' entries of `blob`: one Blob read per run of neighbouring entries. An entry whose header
 * does not fit the slice (an extra field over EXTRA_ROOM bytes) is read on its own, with the same checks.
 */
export async function readEntries(
  blob: Blob,
  items: readonly BulkItem[],
  signal?: AbortSignal,
): Promise<Map<BulkItem, BulkResult>> {
  const results = new Map<BulkItem, BulkResult>();
  const crc = await wholeCrc32();
  for (const run of planRuns(items)) {
    if (signal?.aborted) throw new ImportError('cancelled', run.items[0]!.path, 'The import was cancelled.');
    const slice = new Uint8Array(await blob.slice(run.start, run.end).arrayBuffer());
    for (const item of run.items) {
      try {
        results.set(item, await readFromSlice(blob, slice, run.start, item, crc, signal));
      } catch (error) {
        results.set(item, { error });
      }
    }
  }
  return results;
}

async function readFromSlice(
  blob: Blob,
  slice: Uint8Array,
  sliceStart: number,
  { record, path }: BulkItem,
  crc: (bytes: Uint8Array) => number,
  signal?: AbortSignal,
): Promise<{ bytes: Uint8Array; stored?: { start: number; end: number } }> {
  const at = record.offset - sliceStart;
  const local = slice.subarray(at);
  // The same header checks as a single read: signature, method, encryption, the name in both directories.
  const skip = verifyLocalHeader(local, sliceStart + slice.length >= blob.size, record, path);
  if (skip === undefined || skip + record.compressedSize > local.length) {
    // Header or data reach past the slice: a longer extra field than planned, or the end of the file (which
    // readEntry reports as truncated).
    return { bytes: await readEntry(blob, record, path, signal) };
  }
  const raw = local.subarray(skip, skip + record.compressedSize);
  const wrongSize = () =>
    new ImportError(
      'zip-corrupt',
      path,
      `"${path}" is damaged: what it stores does not match what it declares. Download the export again.`,
    );
  let bytes: Uint8Array;
  if (record.method === 0) {
    if (record.compressedSize !== record.size) throw wrongSize();
    bytes = raw;
  } else if (record.method !== 8) {
    throw new ImportError(
      'zip-corrupt',
      path,
      `"${path}" uses a compression method Earshot does not read (${record.method}).`,
    );
  } else {
    bytes = new Uint8Array(record.size);
    let filled = 0;
    for await (const chunk of inflateEntry(new Blob([raw as Uint8Array<ArrayBuffer>]), record, path, signal)) {
      bytes.set(chunk, filled);
      filled += chunk.length;
    }
    if (filled !== record.size) throw wrongSize();
  }
  if (crc(bytes) !== record.crc32 >>> 0)
    throw new ImportError(
      'zip-crc',
      path,
      `"${path}" is damaged (its checksum does not match). Download the export again.`,
    );
  const start = sliceStart + at + skip;
  return record.method === 0 ? { bytes, stored: { start, end: start + record.compressedSize } } : { bytes };
}
