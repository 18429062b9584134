// Opens one user zip lazily with zip.js (BlobReader: only the central directory is read up front) and turns
// its entries into InputEntry objects. Structural hostility (unsafe names, symlinks, encryption, too many
// entries, bomb ratios, overlapping entries) refuses the whole archive here; per-entry damage (CRC, truncated
// data, nested archives, oversized entries) surfaces when that entry is read.

import { BlobReader, Uint8ArrayWriter, ZipReader, configure } from '@zip.js/zip.js';
import type { Entry, FileEntry } from '@zip.js/zip.js';
import { ImportError } from '../importers/types';
import type { InputEntry } from '../importers/types';
import { isArchiveName, isMetadataName } from './limits';
import type { ArchiveLimits } from './limits';
import { assertSafeName, normaliseEntryName } from './names';
import { sniffContent } from './sniff';

// Workers would need a script URL in the renderer and a second bundle; the import already runs in a worker.
configure({ useWebWorkers: false });

const LOCAL_HEADER_MIN = 30;

export async function openZip(
  zipPath: string,
  blob: Blob,
  limits: ArchiveLimits,
  signal?: AbortSignal,
): Promise<InputEntry[]> {
  const reader = new ZipReader(new BlobReader(blob), {
    filenameValidation: 'balanced',
    strictness: 'balanced',
    checkOverlappingEntry: true,
    checkCrc32: true,
    signal,
  });
  const entries: Entry[] = [];
  const tooMany = () =>
    new ImportError(
      'zip-too-many-entries',
      zipPath,
      `"${zipPath}" holds more than the ${limits.maxEntries.toLocaleString('en')} files Earshot accepts from one archive.`,
    );
  try {
    // The generator lets a 100k-entry archive be refused at the limit instead of after listing everything.
    for await (const entry of reader.getEntriesGenerator({ filenameValidation: 'balanced', strictness: 'balanced' })) {
      entries.push(entry);
      if (entries.length > limits.maxEntries) throw tooMany();
    }
  } catch (error) {
    throw await mapZipError(error, zipPath, blob);
  }
  const files: FileEntry[] = [];
  let declaredTotal = 0;
  for (const entry of entries) {
    assertSafeName(zipPath, entry.filename);
    if (entry.symlink) {
      throw new ImportError(
        'zip-symlink',
        zipPath,
        `"${zipPath}" contains a link ("${entry.filename}") pointing elsewhere on the disk, so Earshot does not open it.`,
      );
    }
    if (entry.directory) continue;
    if (entry.encrypted) {
      throw new ImportError(
        'zip-encrypted',
        zipPath,
        `"${zipPath}" is password-protected ("${entry.filename}"). Unpack it with its password first, then import the files.`,
      );
    }
    checkEntryRatio(zipPath, entry, limits);
    declaredTotal += entry.uncompressedSize;
    files.push(entry as FileEntry);
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
  checkOverlaps(zipPath, files, blob.size);
  return files.map((entry) => toInputEntry(zipPath, blob, entry, limits, signal));
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
function checkOverlaps(zipPath: string, files: FileEntry[], archiveSize: number): void {
  const sorted = [...files].sort((a, b) => a.offset - b.offset);
  for (let i = 0; i < sorted.length; i++) {
    const entry = sorted[i]!;
    const end = entry.offset + LOCAL_HEADER_MIN + entry.compressedSize;
    const next = sorted[i + 1];
    if (next && end > next.offset) {
      throw new ImportError(
        'zip-overlap',
        zipPath,
        `"${zipPath}" stores "${entry.filename}" and "${next.filename}" in the same bytes; that is how zip bombs are built, so Earshot does not open it.`,
      );
    }
    if (end > archiveSize) {
      throw new ImportError(
        'zip-truncated',
        zipPath,
        `"${zipPath}" ends before "${entry.filename}" does. The download was probably cut off; download the archive again.`,
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
): InputEntry {
  const path = `${zipPath}/${normaliseEntryName(entry.filename)}`;
  const cap = isMetadataName(entry.filename) ? limits.maxMetadataSize : limits.maxEntrySize;
  const size = entry.uncompressedSize;
  const checkNested = (bytes: Uint8Array): Uint8Array => {
    if (isArchiveName(entry.filename) || sniffContent(bytes.subarray(0, 16)) === 'zip') {
      throw new ImportError(
        'zip-nested',
        path,
        `"${path}" is an archive inside the archive. Earshot does not unpack archives within archives; unpack it and import its files directly.`,
      );
    }
    return bytes;
  };
  return {
    path,
    size,
    lastModified: entry.lastModDate instanceof Date ? entry.lastModDate.getTime() : undefined,
    async read() {
      if (signal?.aborted) throw new ImportError('cancelled', path, 'The import was cancelled.');
      if (isArchiveName(entry.filename)) checkNested(new Uint8Array(0));
      if (size > cap)
        throw new ImportError(
          'too-large',
          path,
          `"${path}" is ${formatBytes(size)}, more than the ${formatBytes(cap)} Earshot reads from one file.`,
        );
      try {
        const bytes = await entry.getData(new Uint8ArrayWriter(), {
          checkCrc32: true,
          checkOverlappingEntry: true,
          signal,
        });
        if (bytes.length !== size)
          throw new ImportError(
            'zip-corrupt',
            path,
            `"${path}" is not the size the archive declares; the archive is damaged.`,
          );
        return checkNested(bytes);
      } catch (error) {
        throw await mapZipError(error, path);
      }
    },
    async readHead(bytes: number) {
      if (size <= bytes) return this.read();
      // Sniffing 100k clips must not unpack them all: stored entries are sliced directly.
      const raw = await readStoredHead(blob, entry, bytes);
      return raw ?? (await this.read()).subarray(0, bytes);
    },
  };
}

/**
 * First bytes of a stored (uncompressed) entry, sliced straight from the archive after its local header —
 * how audio is usually zipped. Deflated entries return undefined and are read in full instead.
 */
async function readStoredHead(blob: Blob, entry: FileEntry, bytes: number): Promise<Uint8Array | undefined> {
  if (entry.compressionMethod !== 0) return undefined;
  const header = new DataView(await blob.slice(entry.offset, entry.offset + 30).arrayBuffer());
  if (header.byteLength < 30 || header.getUint32(0, true) !== 0x04034b50) return undefined;
  const start = entry.offset + 30 + header.getUint16(26, true) + header.getUint16(28, true);
  return new Uint8Array(await blob.slice(start, start + Math.min(bytes, entry.compressedSize)).arrayBuffer());
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
