// The internal importer shape: the public Importer contract plus claim(), which picks from all the user's
// entries the ones this format owns, so each file is parsed by exactly one importer.

import type { Importer, InputEntry } from './types';
import { ImportError } from './types';

export interface ClaimingImporter extends Importer {
  /** Entries this importer would read (metadata and audio), by content; empty when none. */
  claim(entries: readonly InputEntry[]): Promise<InputEntry[]>;
}

export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'unknown'
  );
}

export function throwIfAborted(signal: AbortSignal | undefined, file: string): void {
  if (signal?.aborted) throw new ImportError('cancelled', file, 'The import was cancelled.');
}
