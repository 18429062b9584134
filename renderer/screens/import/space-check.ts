// Free space before a big import: the browser's storage estimate against the size of the chosen files.
// Stored captures take about as much as their files (audio is kept as it is, plus small waveforms), so the
// files' total is the estimate; the import itself stays atomic if the guess is wrong.

import { importFileSize, type ImportFile } from '../../import/protocol';

export interface SpaceShortage {
  needed: number;
  available: number;
}

/** Headroom for waveforms, indexes and IndexedDB overhead on top of the files themselves. */
const OVERHEAD = 1.1;

export async function checkSpace(files: readonly ImportFile[]): Promise<SpaceShortage | null> {
  if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return null;
  const { quota, usage } = await navigator.storage.estimate();
  if (quota === undefined) return null;
  const needed = Math.ceil(files.reduce((sum, f) => sum + importFileSize(f), 0) * OVERHEAD);
  const available = Math.max(0, quota - (usage ?? 0));
  return needed > available ? { needed, available } : null;
}

export function formatMegabytes(bytes: number, language: string): string {
  return `${(bytes / 1_000_000).toLocaleString(language, { maximumFractionDigits: 1 })} MB`;
}
