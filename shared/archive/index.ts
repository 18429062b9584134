// Entry point of the input side: the files a user dropped or picked (File objects in the browser,
// fs.openAsBlob in the CLI) become one flat list of InputEntry, zips opened lazily. Nothing is read here
// beyond the first bytes of each loose file and the central directory of each zip.

import type { InputEntry } from '../importers/types';
import { ImportError } from '../importers/types';
import type { ImportWarning } from '../model';
import { DEFAULT_LIMITS, isArchiveName, isMetadataName } from './limits';
import type { ArchiveLimits } from './limits';
import { normaliseEntryName } from './names';
import { openZip, formatBytes } from './zip';

export { readMany } from './zip';

export type { ArchiveLimits } from './limits';
export { DEFAULT_LIMITS } from './limits';

/** What the browser hands over (a File with its folder path) and what the CLI builds from disk. */
export interface UserFile {
  path: string;
  blob: Blob;
  lastModified: number;
}

export async function expandInputs(
  files: UserFile[],
  limits: Partial<ArchiveLimits> = {},
  signal?: AbortSignal,
  /** Receives what the user should know but does not stop the import (e.g. duplicate names in a zip). */
  warnings: ImportWarning[] = [],
): Promise<InputEntry[]> {
  const effective: ArchiveLimits = { ...DEFAULT_LIMITS, ...limits };
  const entries: InputEntry[] = [];
  for (const file of files) {
    if (signal?.aborted) throw new ImportError('cancelled', file.path, 'The import was cancelled.');
    const path = normaliseEntryName(file.path);
    const head = new Uint8Array(await file.blob.slice(0, 4).arrayBuffer());
    const zipMagic = head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5);
    if (zipMagic || /\.zip$/i.test(path)) {
      entries.push(...(await openZip(path, file.blob, effective, signal, warnings)));
    } else {
      entries.push(blobEntry(path, file.blob, file.lastModified, effective, signal));
    }
  }
  return entries;
}

/** Bytes per chunk of a streamed read: large enough that per-chunk overhead vanishes, small next to any cap. */
export const CHUNK_BYTES = 1024 * 1024;

/** A loose file: reads go straight to the Blob (a File or a Node file-backed Blob), nothing is cached. */
export function blobEntry(
  path: string,
  blob: Blob,
  lastModified: number | undefined,
  limits: ArchiveLimits = DEFAULT_LIMITS,
  signal?: AbortSignal,
): InputEntry {
  const cap = isMetadataName(path) ? limits.maxMetadataSize : Math.max(limits.maxEntrySize, limits.maxMetadataSize);
  const check = () => {
    if (signal?.aborted) throw new ImportError('cancelled', path, 'The import was cancelled.');
    if (blob.size > cap)
      throw new ImportError(
        'too-large',
        path,
        `"${path}" is ${formatBytes(blob.size)}, more than the ${formatBytes(cap)} Earshot reads from one file.`,
      );
    if (isArchiveName(path))
      throw new ImportError(
        'unknown-format',
        path,
        `"${path}" is a compressed archive type Earshot cannot open; unpack it first.`,
      );
  };
  return {
    path,
    size: blob.size,
    lastModified,
    async read() {
      check();
      return new Uint8Array(await blob.arrayBuffer());
    },
    async *chunks() {
      check();
      for (let at = 0; at < blob.size; at += CHUNK_BYTES) {
        if (signal?.aborted) throw new ImportError('cancelled', path, 'The import was cancelled.');
        yield new Uint8Array(await blob.slice(at, at + CHUNK_BYTES).arrayBuffer());
      }
    },
    async readHead(bytes: number) {
      return new Uint8Array(await blob.slice(0, bytes).arrayBuffer());
    },
  };
}

/** First bytes of an entry, cheaply where the entry allows it. */
export async function readHead(entry: InputEntry, bytes: number): Promise<Uint8Array> {
  if (entry.readHead) return entry.readHead(bytes);
  return (await entry.read()).subarray(0, bytes);
}
