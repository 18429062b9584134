// The stranger summary for the banner and the overview's "not ours" card: one read per library version,
// shared by every component that shows it, done in the library-read worker (library-reads.ts).

import type { StrangerSummary } from '../../shared/foreign/strangers';
import { useLibraryVersion } from './LibraryProvider';
import { strangerSummaryAt } from './library-reads';
import { useLibraryRead } from './useLibraryRead';

export function useStrangerSummary(): StrangerSummary | null | undefined {
  const version = useLibraryVersion();
  // Before the version is known there is nothing to read yet (undefined: not shown).
  return useLibraryRead<StrangerSummary | null | undefined>(
    () => (version < 0 ? Promise.resolve(undefined) : strangerSummaryAt(version)),
    version,
  );
}
