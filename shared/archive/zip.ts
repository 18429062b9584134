// Opens one user zip lazily with zip.js (BlobReader: only the central directory is read up front) and turns
// its entries into InputEntry objects. Structural hostility (unsafe names, symlinks, encryption, too many
// entries, bomb ratios, overlapping entries) refuses the whole archive here; per-entry damage (CRC, truncated
// data, nested archives, oversized entries) surfaces when that entry is read.

import { BlobReader, ZipReader, configure } from '@zip.js/zip.js';
import type { Entry, FileEntry } from '@zip.js/zip.js';
import { ImportError } from '../importers/types';
import type { InputEntry } from '../importers/types';
import type { ImportWarning } from '../model';
import { visibleText } from '../visible-text';
import { isArchiveName, isMetadataName } from './limits';
import type { ArchiveLimits } from './limits';
import { assertSafeName, normaliseEntryName } from './names';
import { sniffContent } from './sniff';
import { readEntry, readEntryHead, streamEntry } from './entry-reader';
import type { EntryRecord } from './entry-reader';
import { BULK_ENTRY_MAX, readEntries as readBulk, type BulkItem, type BulkResult } from './bulk-reader';

// Workers would need a script URL in the renderer and a second bundle; the import already runs in a worker.
configure({ useWebWorkers: false });

const LOCAL_HEADER_MIN = 30;

export async function openZip(
  zipPath: string,
  blob: Blob,
  limits: ArchiveLimits,
  signal?: AbortSignal,
  warnings: ImportWarning[] = [],
): Promise<InputEntry[]> {
  // zip.js lists and validates the central directory (names, ZIP64, encodings); the entry data is read by
  // entry-reader.ts, which checks CRC-32, sizes and the local header itself, so no read options are set here.
  const reader = new ZipReader(new BlobReader(blob), {
    filenameValidation: 'balanced',
    strictness: 'balanced',
    signal,
  });
  const tooMany = () =>
    new ImportError(
      'zip-too-many-entries',
      zipPath,
      `"${zipPath}" holds more than the ${limits.maxEntries.toLocaleString('en')} files Earshot accepts from one archive.`,
    );
  const inputs: InputEntry[] = [];
  const records: EntryRecord[] = [];
  let count = 0;
  let declaredTotal = 0;
  try {
    // Entries are checked and reduced to compact records as they stream out of the central directory, so
    // neither a 100k-entry archive nor zip.js's per-entry objects are ever held in memory all at once.
    for await (const entry of reader.getEntriesGenerator({ filenameValidation: 'balanced', strictness: 'balanced' })) {
      if (++count > limits.maxEntries) throw tooMany();
      checkEntry(zipPath, entry, limits);
      if (entry.directory) continue;
      declaredTotal += entry.uncompressedSize;
      const { input, record } = toInputEntry(zipPath, blob, entry as FileEntry, limits, signal);
      inputs.push(input);
      records.push(record);
    }
  } catch (error) {
    throw await mapZipError(error, zipPath, blob);
  }
  // Small archives of repetitive CSV legitimately exceed 20:1; per-entry ratios already bound those, so the
  // whole-archive ratio only matters once the output could fill a disk.
  const totalCap = Math.min(limits.maxTotalSize, Math.max(blob.size * limits.maxTotalRatio, 1024 * 1024 * 1024));
  if (declaredTotal > totalCap) {
    throw new ImportError(
      'zip-bomb',
      zipPath,
      `"${zipPath}" would unpack to ${formatBytes(declaredTotal)} from ${formatBytes(blob.size)}; that is not a real export, so Earshot does not open it.`,
    );
  }
  checkOverlaps(zipPath, records, blob.size);
  return withoutDuplicates(zipPath, inputs, warnings);
}

/**
 * Two entries with one name (byte-equal, or equal after Unicode normalisation: "Küche" NFC and NFD) make
 * every lookup by name ambiguous — audio could be linked to the wrong transcript. None of them is used;
 * the user is told which name it was.
 */
function withoutDuplicates(zipPath: string, inputs: InputEntry[], warnings: ImportWarning[]): InputEntry[] {
  const count = new Map<string, number>();
  for (const input of inputs) count.set(input.path, (count.get(input.path) ?? 0) + 1);
  const duplicated = [...count].filter(([, n]) => n > 1);
  if (!duplicated.length) return inputs;
  for (const [path, n] of duplicated.slice(0, 50))
    warnings.push({
      file: zipPath,
      message: `"${visibleText(path.slice(zipPath.length + 1))}" appears ${n} times in the archive (names may differ only in how accented letters are stored); none of them was used, so nothing is linked to the wrong recording.`,
    });
  if (duplicated.length > 50)
    warnings.push({
      file: zipPath,
      message: `${duplicated.length - 50} more names appear more than once; none of them was used.`,
    });
  return inputs.filter((input) => count.get(input.path) === 1);
}

function checkEntry(zipPath: string, entry: Entry, limits: ArchiveLimits): void {
  assertSafeName(zipPath, entry.filename);
  if (entry.symlink) {
    throw new ImportError(
      'zip-symlink',
      zipPath,
      `"${zipPath}" contains a link ("${entry.filename}") pointing elsewhere on the disk, so Earshot does not open it.`,
    );
  }
  if (entry.directory) return;
  if (entry.encrypted) {
    throw new ImportError(
      'zip-encrypted',
      zipPath,
      `"${zipPath}" is password-protected ("${entry.filename}"). Unpack it with its password first, then import the files.`,
    );
  }
  checkEntryRatio(zipPath, entry, limits);
}

function checkEntryRatio(zipPath: string, entry: Entry, limits: ArchiveLimits): void {
  const metadata = isMetadataName(entry.filename);
  const maxRatio = metadata ? limits.maxMetadataRatio : limits.maxEntryRatio;
  // Tiny entries compress "infinitely" (1 byte of deflate for 300 zeros) without being a threat.
  if (entry.uncompressedSize > 64 * 1024 && entry.uncompressedSize > Math.max(entry.compressedSize, 1) * maxRatio) {
    throw new ImportError(
      'zip-bomb',
      zipPath,
      `"${zipPath}" contains "${entry.filename}", which would expand ${Math.round(entry.uncompressedSize / Math.max(entry.compressedSize, 1))} times; that is a zip bomb, so Earshot does not open the archive.`,
    );
  }
}

/** Two entries sharing bytes is how non-recursive zip bombs multiply output; no honest writer does it. */
function checkOverlaps(zipPath: string, files: EntryRecord[], archiveSize: number): void {
  const sorted = [...files].sort((a, b) => a.offset - b.offset);
  for (let i = 0; i < sorted.length; i++) {
    const entry = sorted[i]!;
    const end = entry.offset + LOCAL_HEADER_MIN + entry.compressedSize;
    const next = sorted[i + 1];
    if (next && end > next.offset) {
      throw new ImportError(
        'zip-overlap',
        zipPath,
        `"${zipPath}" stores "${entry.name}" and "${next.name}" in the same bytes; that is how zip bombs are built, so Earshot does not open it.`,
      );
    }
    if (end > archiveSize) {
      throw new ImportError(
        'zip-truncated',
        zipPath,
        `"${zipPath}" ends before "${entry.name}" does. The download was probably cut off; download the archive again.`,
      );
    }
  }
}

function toInputEntry(
  zipPath: string,
  blob: Blob,
  entry: FileEntry,
  limits: ArchiveLimits,
  signal?: AbortSignal,
): { input: InputEntry; record: EntryRecord } {
  // Only this compact record survives the listing (see entry-reader.ts for why zip.js entries are dropped).
  const record: EntryRecord = {
    name: entry.filename,
    offset: entry.offset,
    compressedSize: entry.compressedSize,
    size: entry.uncompressedSize,
    method: entry.compressionMethod,
    crc32: entry.crc32 ?? 0,
    rawName: entry.rawFilename,
  };
  const path = `${zipPath}/${normaliseEntryName(record.name)}`;
  const cap = isMetadataName(record.name) ? limits.maxMetadataSize : limits.maxEntrySize;
  const lastModified = entry.lastModDate instanceof Date ? entry.lastModDate.getTime() : undefined;
  const nested = () =>
    new ImportError(
      'zip-nested',
      path,
      `"${path}" is an archive inside the archive. Earshot does not unpack archives within archives; unpack it and import its files directly.`,
    );
  const check = () => {
    if (signal?.aborted) throw new ImportError('cancelled', path, 'The import was cancelled.');
    if (isArchiveName(record.name)) throw nested();
    if (record.size > cap)
      throw new ImportError(
        'too-large',
        path,
        `"${path}" is ${formatBytes(record.size)}, more than the ${formatBytes(cap)} Earshot reads from one file.`,
      );
  };
  const afterRead = (bytes: Uint8Array) => {
    if (sniffContent(bytes.subarray(0, 16)) === 'zip') throw nested();
    return bytes;
  };
  const input: InputEntry = {
    path,
    size: record.size,
    lastModified,
    async read() {
      check();
      return afterRead(await readEntry(blob, record, path, signal));
    },
    async *chunks() {
      check();
      let first = true;
      for await (const chunk of streamEntry(blob, record, path, signal)) {
        if (first && sniffContent(chunk.subarray(0, 16)) === 'zip') throw nested();
        first = false;
        yield chunk;
      }
    },
    async readHead(bytes: number) {
      if (record.size <= bytes) return this.read();
      // Sniffing 100k clips must not unpack them all: stored entries are sliced directly.
      return (await readEntryHead(blob, record, path, bytes)) ?? (await this.read()).subarray(0, bytes);
    },
  };
  zipSources.set(input, { blob, item: { record, path }, check, afterRead });
  return { input, record };
}

/** How an entry of a zip is read in bulk: its archive, its record, and the checks `read()` makes around it. */
interface ZipSource {
  blob: Blob;
  item: BulkItem;
  check(): void;
  afterRead(bytes: Uint8Array): Uint8Array;
}

const zipSources = new WeakMap<InputEntry, ZipSource>();

/** What `readMany` gives: an entry's bytes (or its error), and where possible the same bytes as a Blob. */
export interface ManyReader {
  (entry: InputEntry): Promise<Uint8Array>;
  /**
   * The entry's bytes as a slice of its archive's Blob, once `read(entry)` has checked them, when the entry is
   * stored uncompressed in a zip the browser holds as a real Blob (a File the user chose): storing that slice
   * copies the bytes inside the browser, while a new Blob of the bytes read would send them all back to it.
   * Undefined otherwise (deflated, read on its own, the desktop app's range-read files).
   */
  original(entry: InputEntry, type: string): Blob | undefined;
}

/**
 * Reads several entries as `read()` would, each with the same checks and errors, but the entries of one zip
 * with a few large reads (bulk-reader.ts). Returns a function giving an entry's bytes or throwing its error,
 * so a caller meets each failure at the entry it belongs to, in its own order.
 */
export async function readMany(entries: readonly InputEntry[], signal?: AbortSignal): Promise<ManyReader> {
  const byBlob = new Map<Blob, ZipSource[]>();
  const failed = new Map<InputEntry, unknown>();
  const sources = new Map<InputEntry, ZipSource>();
  for (const entry of entries) {
    const source = zipSources.get(entry);
    if (!source || source.item.record.compressedSize > BULK_ENTRY_MAX) continue;
    try {
      source.check();
    } catch (error) {
      failed.set(entry, error);
      continue;
    }
    sources.set(entry, source);
    const list = byBlob.get(source.blob) ?? [];
    list.push(source);
    byBlob.set(source.blob, list);
  }
  const read = new Map<BulkItem, BulkResult>();
  for (const [blob, list] of byBlob)
    for (const [item, result] of await readBulk(
      blob,
      list.map((s) => s.item),
      signal,
    ))
      read.set(item, result);
  const checked = new Set<InputEntry>();
  const reader = async (entry: InputEntry) => {
    if (failed.has(entry)) throw failed.get(entry);
    const source = sources.get(entry);
    const result = source && read.get(source.item);
    if (!source || !result) return entry.read();
    if ('error' in result) throw result.error;
    const bytes = source.afterRead(result.bytes);
    checked.add(entry);
    return bytes;
  };
  return Object.assign(reader, {
    original(entry: InputEntry, type: string): Blob | undefined {
      const source = sources.get(entry);
      const result = source && read.get(source.item);
      if (!checked.has(entry) || !result || 'error' in result || !result.stored) return undefined;
      if (typeof Blob === 'undefined' || !(source.blob instanceof Blob)) return undefined;
      return source.blob.slice(result.stored.start, result.stored.end, type);
    },
  });
}

/** Translates zip.js's English developer messages into ImportError codes with a message for users. */
export async function mapZipError(error: unknown, file: string, blob?: Blob): Promise<ImportError> {
  if (error instanceof ImportError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const name = error instanceof Error ? error.name : '';
  const unsafe = (error as { filename?: string } | undefined)?.filename;
  if (name === 'AbortError' || /aborted/i.test(message))
    return new ImportError('cancelled', file, 'The import was cancelled.');
  if (/Unsafe filename/i.test(message)) {
    return new ImportError(
      'zip-unsafe-path',
      file,
      `"${file}" contains a file named "${String(unsafe ?? '?').slice(0, 120)}" that points outside the archive, so Earshot does not open it.`,
    );
  }
  if (/CRC|signature/i.test(message))
    return new ImportError(
      'zip-crc',
      file,
      `"${file}" is damaged (its checksum does not match). Download the export again.`,
    );
  if (/Overlapping/i.test(message))
    return new ImportError(
      'zip-overlap',
      file,
      `"${file}" stores two files in the same bytes; that is how zip bombs are built.`,
    );
  if (/encrypt|password/i.test(message))
    return new ImportError(
      'zip-encrypted',
      file,
      `"${file}" is password-protected. Unpack it with its password first.`,
    );
  if (/out of bounds|Local file header not found|Central directory header not found|Zip64 .*not found/i.test(message)) {
    return new ImportError(
      'zip-truncated',
      file,
      `"${file}" is incomplete. The download was probably cut off; download it again.`,
    );
  }
  if (/End of central directory not found/i.test(message)) {
    const head = blob ? new Uint8Array(await blob.slice(0, 4).arrayBuffer()) : new Uint8Array();
    if (head[0] === 0x50 && head[1] === 0x4b) {
      return new ImportError(
        'zip-truncated',
        file,
        `"${file}" is incomplete. The download was probably cut off; download it again.`,
      );
    }
    return new ImportError('zip-corrupt', file, `"${file}" is not a zip archive Earshot can read.`);
  }
  if (/uncompressed size|Ambiguous|compressed data|invalid/i.test(message)) {
    return new ImportError(
      'zip-corrupt',
      file,
      `"${file}" is damaged: what it stores does not match what it declares. Download the export again.`,
    );
  }
  return new ImportError(
    'zip-corrupt',
    file,
    `"${file}" could not be read as a zip archive (${message.slice(0, 80)}).`,
  );
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value >= 10 || unit === 0 ? 0 : 1)} ${units[unit]}`;
}
