// Ending a run that does not commit: cancelled, failed, or interrupted by a crash (found at the next start).
// Only staged rows and the audio of captures the run staged as new are removed, so the library stays exactly
// its last committed state (docs/architecture.md, "Staging and commit").

import type { ImportRun } from '../../../shared/model';
import { getDb } from '../db';
import { forgetStaging, ofRun } from './staged-runs';

/**
 * Removes everything a run staged and records why it ended, in one transaction. Safe to call on any run, any
 * number of times. Of the library tables only `audio` is touched: the rows this run wrote for captures it
 * staged as new, which no committed clip holds (so no reader has ever seen them).
 */
export async function discardImport(runId: string, status: 'failed' | 'cancelled', error?: string): Promise<void> {
  const db = getDb();
  const tables = [db.clips, db.audio, db.stagedClips, db.stagedAudio, db.stagedPeaks, db.importLinks, db.imports];
  await db.transaction('rw', tables, async () => {
    await db.audio.bulkDelete(await uncommittedAudio(runId));
    await Promise.all([
      ofRun(db.stagedClips, runId).delete(),
      ofRun(db.stagedAudio, runId).delete(),
      ofRun(db.stagedPeaks, runId).delete(),
      db.importLinks.where('importId').equals(runId).delete(),
    ]);
    const run = await db.imports.get(runId);
    if (run && run.status === 'staging') await db.imports.update(runId, { status, error, finishedAt: Date.now() });
  });
  forgetStaging(runId);
}

/** Ids of the captures a run has staged as new to the library (its stagedClips rows). */
async function stagedIds(runId: string): Promise<string[]> {
  const ids: string[] = [];
  await ofRun(getDb().stagedClips, runId).each((row) => {
    for (const c of row.captures) ids.push(c.id);
  });
  return ids;
}

/**
 * The `audio` keys a discarded run leaves behind: those of the captures it staged as new, less any clip the
 * library holds (a committed clip's audio is never the run's to delete) and any capture another run still
 * staging holds (two windows importing the same recording write the same row). Call inside a transaction over
 * clips, stagedClips and imports.
 */
async function uncommittedAudio(runId: string): Promise<string[]> {
  const db = getDb();
  const ids = await stagedIds(runId);
  if (!ids.length) return [];
  const held = new Set((await db.clips.where(':id').anyOf(ids).primaryKeys()) as string[]);
  const others = (await db.imports.where('status').equals('staging').primaryKeys()) as string[];
  for (const other of others) if (other !== runId) for (const id of await stagedIds(other)) held.add(id);
  return ids.filter((id) => !held.has(id));
}

/**
 * At start-up: runs left in `staging` were interrupted (crash, closed window); their staged rows and the audio
 * of their new captures are removed.
 */
export async function discardInterruptedImports(): Promise<ImportRun[]> {
  const db = getDb();
  const interrupted = await db.imports.where('status').equals('staging').toArray();
  for (const run of interrupted) await discardImport(run.id, 'failed', 'interrupted');
  return interrupted;
}
