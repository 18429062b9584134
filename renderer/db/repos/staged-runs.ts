// The staged rows of a running import (docs/architecture.md, "Staging and commit"): their key ranges, and what
// this context (the import worker) has staged per run so far. Shared by staging, the commit and discarding.

import { Dexie, type Table } from 'dexie';
import { getDb } from '../db';

/** Every staged row of one run: the primary keys [run, …] of a staged table, as one key range. */
export function ofRun<T, K>(table: Table<T, K>, runId: string) {
  return table.where(':id').between([runId, Dexie.minKey], [runId, Dexie.maxKey]);
}

/**
 * Per run staging in this context (the import worker): the next batch number and the capture ids staged so far,
 * so a record that occurs twice in one export is staged once. Read back from the staged rows if a run's first
 * batch here is not its first.
 */
const staging = new Map<string, { next: number; ids: Set<string> }>();

export async function stagingOf(runId: string): Promise<{ next: number; ids: Set<string> }> {
  const known = staging.get(runId);
  if (known) return known;
  const rows = await ofRun(getDb().stagedClips, runId).toArray();
  const state = {
    next: (rows.at(-1)?.batch ?? -1) + 1,
    ids: new Set(rows.flatMap((r) => r.captures.map((c) => c.id))),
  };
  staging.set(runId, state);
  return state;
}

/** Forgets this context's staging state of a run (committed or discarded). */
export function forgetStaging(runId: string): void {
  staging.delete(runId);
}
