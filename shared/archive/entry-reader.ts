// Reads one zip entry from its compact record: zip.js lists and validates the archive, but its Entry objects
// cost ~7.5 KB each (measured: 114 MB of heap for 14,577 entries), so a 100k-clip archive would need ~750 MB
// just to stay listed. We keep a 100-byte record per entry instead and read the data ourselves: stored bytes
// are sliced, deflated bytes go through the platform's DecompressionStream, and the CRC-32 and the declared
// size are verified while reading (a lying size stops the stream at once — no bomb can expand past it).

import { ImportError } from '../importers/types';

export interface EntryRecord {
  /** Name inside the zip, as zip.js decoded it. */
  name: string;
  offset: number;
  compressedSize: number;
  size: number;
  method: number;
  crc32: number;
  /** The name's bytes in the central directory; the local header must carry the same (see dataStart). */
  rawName?: Uint8Array;
}

/** Slicing-by-8 tables: table k maps a byte to its CRC contribution k bytes further on. */
const CRC_TABLES = (() => {
  const tables = new Uint32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    tables[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++)
    for (let k = 1; k < 8; k++)
      tables[k * 256 + n] = (tables[(k - 1) * 256 + n]! >>> 8) ^ tables[tables[(k - 1) * 256 + n]! & 0xff]!;
  return tables;
})();

/**
 * CRC-32 (IEEE) in the form zip stores; hand-written because it is a few lines and runs in a worker. Eight
 * bytes per step (slicing-by-8): checking every recording's CRC was the largest single cost of
 * `analyze --no-audio` with the plain byte-wise table (bench/HISTORY.md).
 */
export function crc32(bytes: Uint8Array, previous = 0): number {
  const t = CRC_TABLES;
  let crc = ~previous >>> 0;
  let i = 0;
  const end8 = bytes.length - (bytes.length % 8);
  for (; i < end8; i += 8) {
    const a = (crc ^ (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24))) >>> 0;
    crc =
      t[1792 + (a & 0xff)]! ^
      t[1536 + ((a >>> 8) & 0xff)]! ^
      t[1280 + ((a >>> 16) & 0xff)]! ^
      t[1024 + (a >>> 24)]! ^
      t[768 + bytes[i + 4]!]! ^
      t[512 + bytes[i + 5]!]! ^
      t[256 + bytes[i + 6]!]! ^
      t[bytes[i + 7]!]!;
  }
  for (; i < bytes.length; i++) crc = t[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}

/** The CRC-32 entries are checked with; a host with a native one (Node's zlib.crc32) installs it. */
let checksum: (bytes: Uint8Array, previous: number) => number = crc32;

/**
 * Replaces the JavaScript CRC-32 with one computing the same values faster (zlib's, ten times the speed in the
 * CLI: checking every recording was a tenth of `analyze --no-audio`, bench/HISTORY.md).
 */
export function useCrc32(native: (bytes: Uint8Array, previous: number) => number): void {
  checksum = native;
}

/**
 * Bytes read after the local header's name in the same slice as the header, for its extra field (0–36 bytes
 * from every writer seen; a longer one costs a second read, nothing else).
 */
export const EXTRA_ROOM = 128;

/** The longest local header there can be: 30 bytes, a name and an extra field of up to 64 KB each. */
const MAX_HEADER = 30 + 0xffff + 0xffff;

/** Whether the entries' checksum is a host's native one (see `useCrc32`), and the function itself. */
export function checkedCrc32(): { fn: (bytes: Uint8Array, previous: number) => number; native: boolean } {
  return { fn: checksum, native: checksum !== crc32 };
}

const truncated = (path: string) =>
  new ImportError(
    'zip-truncated',
    path,
    `"${path}" is incomplete. The download was probably cut off; download it again.`,
  );

/**
 * Checks an entry's local header against the directory: signature, method, encryption flag and — where the
 * directory kept them — the name's bytes. `bytes` start at the header; `ended` says nothing follows them in the
 * file. Returns where the data starts (header, name and extra field skipped), or undefined when the header's
 * name reaches past `bytes` and more can be read.
 */
export function verifyLocalHeader(
  bytes: Uint8Array,
  ended: boolean,
  record: EntryRecord,
  path: string,
): number | undefined {
  if (bytes.length < 30) {
    if (ended) throw truncated(path);
    return undefined;
  }
  const header = new DataView(bytes.buffer, bytes.byteOffset, 30);
  if (header.getUint32(0, true) !== 0x04034b50 || header.getUint16(8, true) !== record.method) {
    throw new ImportError(
      'zip-corrupt',
      path,
      `"${path}" is damaged: its entry does not match the archive's table of contents.`,
    );
  }
  if (header.getUint16(6, true) & 1) throw new ImportError('zip-encrypted', path, `"${path}" is password-protected.`);
  const nameLength = header.getUint16(26, true);
  if (record.rawName) {
    if (30 + nameLength > bytes.length && !ended) return undefined;
    // Streaming unzippers read the local header's name, everything else the central directory's: an archive
    // that gives one file two names shows different contents to different tools.
    const local = bytes.subarray(30, 30 + nameLength);
    if (local.length !== record.rawName.length || local.some((b, i) => b !== record.rawName![i]))
      throw new ImportError(
        'zip-name-mismatch',
        path,
        `"${path}" is stored under another name ("${new TextDecoder().decode(local).slice(0, 120)}") in its own header than in the archive's table of contents; the archive may have been tampered with, so Earshot does not read it.`,
      );
  }
  return 30 + nameLength + header.getUint16(28, true);
}

/**
 * Where the entry's data starts, after its local header; checks the header agrees with the directory. The
 * header, its name and the first `want` bytes of data come from one slice: a read per slice is what an
 * import of many small recordings pays for (three reads an entry before), in the browser and in the CLI.
 */
async function dataStart(
  blob: Blob,
  record: EntryRecord,
  path: string,
  want = 0,
): Promise<{ start: number; data?: Uint8Array }> {
  const span = 30 + (record.rawName?.length ?? 0) + EXTRA_ROOM + want;
  let bytes = new Uint8Array(await blob.slice(record.offset, record.offset + span).arrayBuffer());
  // Fewer bytes than asked for means the slice reached the end of the file: what lies past it is not there.
  let skip = verifyLocalHeader(bytes, bytes.length < span, record, path);
  if (skip === undefined) {
    bytes = new Uint8Array(await blob.slice(record.offset, record.offset + MAX_HEADER).arrayBuffer());
    skip = verifyLocalHeader(bytes, true, record, path)!;
  }
  const start = record.offset + skip;
  if (start + record.compressedSize > blob.size) throw truncated(path);
  return { start, data: skip + want <= bytes.length ? bytes.subarray(skip, skip + want) : undefined };
}

export async function readEntryHead(
  blob: Blob,
  record: EntryRecord,
  path: string,
  bytes: number,
): Promise<Uint8Array | undefined> {
  if (record.method !== 0) return undefined;
  const want = Math.min(bytes, record.compressedSize);
  const { start, data } = await dataStart(blob, record, path, want);
  return data ?? new Uint8Array(await blob.slice(start, start + want).arrayBuffer());
}

export async function readEntry(
  blob: Blob,
  record: EntryRecord,
  path: string,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const bytes = new Uint8Array(record.size);
  let at = 0;
  for await (const chunk of streamEntry(blob, record, path, signal)) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/**
 * The entry's data in chunks, with every check of a whole read: the declared size stops the stream at once,
 * and a wrong CRC fails at the end (a streaming reader must discard what it built from the chunks then).
 */
export async function* streamEntry(
  blob: Blob,
  record: EntryRecord,
  path: string,
  signal?: AbortSignal,
): AsyncGenerator<Uint8Array> {
  // A stored entry's first chunk comes with its header; a deflated one is streamed from its start.
  const stored = record.method === 0 && record.compressedSize === record.size;
  const { start, data } = await dataStart(blob, record, path, stored ? Math.min(record.size, STREAM_CHUNK) : 0);
  const raw = blob.slice(start, start + record.compressedSize);
  const wrongSize = () =>
    new ImportError(
      'zip-corrupt',
      path,
      `"${path}" is damaged: what it stores does not match what it declares. Download the export again.`,
    );
  const cancelled = () => new ImportError('cancelled', path, 'The import was cancelled.');
  let crc = 0;
  let at = 0;
  if (record.method === 0) {
    if (record.compressedSize !== record.size) throw wrongSize();
    for (; at < record.size;) {
      if (signal?.aborted) throw cancelled();
      const chunk =
        at === 0 && data?.length ? data : new Uint8Array(await raw.slice(at, at + STREAM_CHUNK).arrayBuffer());
      if (!chunk.length) throw wrongSize();
      crc = checksum(chunk, crc);
      at += chunk.length;
      yield chunk;
    }
  } else if (record.method === 8) {
    for await (const chunk of inflateEntry(raw, record, path, signal)) {
      crc = checksum(chunk, crc);
      at += chunk.length;
      yield chunk;
    }
  } else {
    throw new ImportError(
      'zip-corrupt',
      path,
      `"${path}" uses a compression method Earshot does not read (${record.method}).`,
    );
  }
  if (at !== record.size) throw wrongSize();
  if (crc !== record.crc32 >>> 0)
    throw new ImportError(
      'zip-crc',
      path,
      `"${path}" is damaged (its checksum does not match). Download the export again.`,
    );
}

const STREAM_CHUNK = 1024 * 1024;

/**
 * A deflated entry's data (`raw`: its compressed bytes) inflated with the platform's DecompressionStream, in
 * chunks; stops as soon as the output passes the declared size, so no bomb expands further. The caller
 * checks the CRC-32 and that the whole declared size came out.
 */
export async function* inflateEntry(
  raw: Blob,
  record: EntryRecord,
  path: string,
  signal?: AbortSignal,
): AsyncGenerator<Uint8Array> {
  const reader = raw.stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  let at = 0;
  try {
    for (;;) {
      if (signal?.aborted) throw new ImportError('cancelled', path, 'The import was cancelled.');
      let next: Awaited<ReturnType<typeof reader.read>>;
      try {
        next = await reader.read();
      } catch {
        throw new ImportError(
          'zip-corrupt',
          path,
          `"${path}" is damaged: its compressed data cannot be unpacked. Download the export again.`,
        );
      }
      if (next.done) return;
      if (at + next.value.length > record.size)
        throw new ImportError(
          'zip-corrupt',
          path,
          `"${path}" is damaged: what it stores does not match what it declares. Download the export again.`,
        );
      at += next.value.length;
      yield next.value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
