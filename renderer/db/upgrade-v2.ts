// Schema version 1 → 2. In version 1 an unfinished import run's captures sat in `clips` marked `stagedBy`, and
// its audio and peaks in `audio`/`peaks` under the clip id (also for library clips that had no audio, marked
// `addsAudio` on the run's import link). They move to the staged* tables, still belonging to their run, so the
// next start discards the run as interrupted and tells the user, exactly as before (docs/reliability.md,
// "Crash consistency"). Marked rows of a run that is no longer staging were never committed: removed.
// IndexedDB runs this inside the version change transaction: the whole upgrade happens or none of it.

import type { Transaction } from 'dexie';

interface FlaggedClip {
  id: string;
  stagedBy?: string;
}

interface OldLink {
  importId: string;
  clipId: string;
  addsAudio?: boolean;
}

export async function moveFlaggedStaging(tx: Transaction): Promise<void> {
  const staging = new Set((await tx.table('imports').where('status').equals('staging').primaryKeys()) as string[]);
  // The `stagedBy` index is already gone when an upgrade function runs (Dexie drops removed indexes first):
  // one scan of `clips`, once.
  const flagged = (await tx
    .table('clips')
    .filter((c: FlaggedClip) => c.stagedBy !== undefined)
    .toArray()) as (FlaggedClip & { stagedBy: string })[];
  const links = (await tx.table('importLinks').toArray()) as OldLink[];
  const owned: [run: string, clipId: string][] = [
    ...flagged.map((c) => [c.stagedBy, c.id] as [string, string]),
    ...links.filter((l) => l.addsAudio).map((l) => [l.importId, l.clipId] as [string, string]),
  ];
  const kept = owned.filter(([run]) => staging.has(run));
  const ids = kept.map(([, id]) => id);
  const [audio, peaks] = await Promise.all([tx.table('audio').bulkGet(ids), tx.table('peaks').bulkGet(ids)]);
  const withRun = <T extends object>(rows: (T | undefined)[]) =>
    rows.flatMap((row, i) => (row ? [{ ...row, importId: kept[i]![0] }] : []));

  // One staged batch per run: its captures as they were, less the flag.
  const byRun = new Map<string, object[]>();
  for (const { stagedBy, ...capture } of flagged)
    if (staging.has(stagedBy)) byRun.set(stagedBy, [...(byRun.get(stagedBy) ?? []), capture]);
  await tx.table('stagedClips').bulkPut([...byRun].map(([importId, captures]) => ({ importId, batch: 0, captures })));
  await tx.table('stagedAudio').bulkPut(withRun(audio as object[]));
  await tx.table('stagedPeaks').bulkPut(withRun(peaks as object[]));
  const allIds = owned.map(([, id]) => id);
  await tx.table('clips').bulkDelete(flagged.map((c) => c.id));
  await tx.table('audio').bulkDelete(allIds);
  await tx.table('peaks').bulkDelete(allIds);
  // Links exist only while their run stages; the audio they marked now lives in stagedAudio.
  await tx
    .table('importLinks')
    .toCollection()
    .modify((link: OldLink, ref: { value?: OldLink }) => {
      if (!staging.has(link.importId)) delete ref.value;
      else delete link.addsAudio;
    });
}
