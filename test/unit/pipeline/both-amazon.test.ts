// Both Amazon exports of one account (test/fixtures/amazon-both.ts: the same recordings written the way the
// archive and the voice history write them) through the app's import pipeline into a real (fake-indexeddb)
// library: one batch, two batches in either order, re-imported — always one capture per recording.
// First: installs the fake IndexedDB before Dexie is loaded.
import { useFreshDb } from '../renderer/db/fresh-db';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectUserFiles } from '../../../electron/cli/node-input';
import { beginImport, commitImport } from '../../../renderer/db/repos/imports';
import { discardImport } from '../../../renderer/db/repos/import-discard';
import { createRequest, verifyAgainstLatestImport } from '../../../renderer/db/repos/requests';
import { dexieSink } from '../../../renderer/import/dexie-sink';
import { buildAnnex } from '../../../shared/gdpr/annex';
import { kindOf, type Capture } from '../../../shared/model';
import { ingest } from '../../../shared/pipeline/ingest';
import { generateBothAmazon, type BothAmazon } from '../../fixtures/amazon-both';

const database = useFreshDb('both-amazon');
let dir: string;
let fx: BothAmazon;
const TZ = 'Europe/Berlin';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'earshot-both-'));
  fx = await generateBothAmazon({ out: dir, recordings: 36, seed: 21 });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true, maxRetries: 5 }));

let runs = 0;
async function importBatch(paths: string[], options: { failAfterStaging?: boolean } = {}): Promise<number> {
  const runId = `run-${++runs}`;
  await beginImport({
    id: runId,
    startedAt: Date.now() + runs,
    status: 'staging',
    sources: [],
    files: [],
    counts: { captures: 0, newCaptures: 0, withAudio: 0, withoutAudio: 0, withoutTranscript: 0 },
    warnings: [],
  });
  const outcome = await ingest(await collectUserFiles(paths), dexieSink(runId), {
    importId: runId,
    timeZone: TZ,
    analyseAudio: false,
  });
  if (outcome.kind !== 'done') throw new Error('not recognised');
  if (options.failAfterStaging) {
    await discardImport(runId, 'failed', 'test');
    return 0;
  }
  await commitImport({
    runId,
    devices: outcome.devices,
    rooms: outcome.rooms,
    finishedAt: Date.now(),
    counts: outcome.counts,
    warnings: outcome.warnings,
    sources: outcome.sources,
  });
  return outcome.counts.newCaptures;
}

const library = async (): Promise<Capture[]> =>
  (await database().clips.toArray()).filter((c) => kindOf(c) === 'capture' && !c.deletedAt);

async function expectOneCapturePerRecording() {
  const captures = await library();
  expect(captures).toHaveLength(fx.truth.recordings.length);
  // Every recording of the truth is found at its time on its device, exactly once. An archive row without
  // audio names no device: it is found at its time, on no device and in no room.
  for (const r of fx.truth.recordings) {
    const hits = captures.filter(
      (c) => Math.abs(c.ts - r.ts) < 1_000 && (r.deviceKnown ? c.deviceId === r.serial : !c.deviceId),
    );
    expect(hits, `${r.key} ${r.text}`).toHaveLength(1);
  }
  const both = fx.truth.recordings.filter((r) => r.inArchive && r.inHistory);
  // Every other capture is in its device's room (the household named every Echo after its room).
  expect(captures.filter((c) => !c.roomId)).toHaveLength(fx.truth.recordings.filter((r) => !r.deviceKnown).length);
  const holding = (source: string) => captures.filter((c) => c.sources?.some((s) => s.source === source)).length;
  expect(holding('alexa-history')).toBe(fx.truth.recordings.filter((r) => r.inHistory).length);
  expect(holding('alexa-archive')).toBe(fx.truth.recordings.filter((r) => r.inArchive).length);
  const merged = captures.filter((c) => new Set(c.sources?.map((s) => s.source)).size === 2);
  expect(merged).toHaveLength(both.length);
  return captures;
}

describe('both Amazon exports of one account', () => {
  it('in one batch: one capture per recording, each with both sources where both exports hold it', async () => {
    const added = await importBatch([...fx.archive, fx.history]);
    expect(added).toBe(fx.truth.recordings.length);
    const captures = await expectOneCapturePerRecording();
    // The history's wake-word marker makes the archive's text-less capture accidental; history ids win.
    for (const r of fx.truth.recordings.filter((x) => x.accidental && x.inHistory)) {
      const c = captures.find((x) => Math.abs(x.ts - r.ts) < 1_000)!;
      expect(c.flags).toContain('accidental');
      expect(c.providerRecordId).toBe(r.utteranceId);
    }
  });

  it('archive first, then voice history: the history merges into the archive clips (ids kept)', async () => {
    await importBatch(fx.archive);
    const before = new Set((await library()).map((c) => c.id));
    const added = await importBatch([fx.history]);
    expect(added).toBe(1); // the one recording only the history holds
    const captures = await expectOneCapturePerRecording();
    expect(captures.filter((c) => before.has(c.id))).toHaveLength(before.size);
    // The history's audio fills the archive's gap; the utterance id becomes the record id.
    const withAudio = captures.filter((c) => c.audioId);
    expect(await database().audio.count()).toBe(withAudio.length);
    for (const r of fx.truth.recordings.filter((x) => x.inHistory))
      expect(captures.find((c) => Math.abs(c.ts - r.ts) < 1_000)?.providerRecordId).toBe(r.utteranceId);
    expect(await importBatch([...fx.archive, fx.history])).toBe(0);
    await expectOneCapturePerRecording();
  });

  it('voice history first, then archive, then both again: re-importing adds nothing', async () => {
    await importBatch([fx.history]);
    const added = await importBatch(fx.archive);
    expect(added).toBe(3); // the recordings the history was saved too early to hold
    await expectOneCapturePerRecording();
    expect(await importBatch([...fx.archive, fx.history])).toBe(0);
    expect(await importBatch(fx.archive)).toBe(0);
    const captures = await expectOneCapturePerRecording();
    // A re-import adds no second source entry for the same record.
    for (const c of captures) expect(c.sources!.length).toBeLessThanOrEqual(2);
  });

  it('a failed second import leaves the library exactly as it was', async () => {
    await importBatch(fx.archive);
    const clips = await database().clips.toArray();
    const audio = await database().audio.count();
    await importBatch([fx.history], { failAfterStaging: true });
    expect(await database().clips.toArray()).toEqual(clips);
    expect(await database().audio.count()).toBe(audio);
    expect(await database().importLinks.count()).toBe(0);
  });

  it('the bathroom erasure annex has one row per recording, each with a record id', async () => {
    await importBatch(fx.archive);
    await importBatch([fx.history]);
    const rooms = await database().rooms.toArray();
    const bathroom = rooms.find((r) => r.kind === 'bathroom')!;
    const captures = (await library()).filter((c) => c.roomId === bathroom.id);
    const truth = fx.truth.recordings.filter((r) => r.room === 'bathroom' && r.deviceKnown);
    expect(captures).toHaveLength(truth.length);
    // Flags are recomputed after the merge, in the library's room: still a private room.
    for (const c of captures) expect(c.flags).toContain('private-room');
    const rows = buildAnnex(captures, {
      devices: await database().devices.toArray(),
      rooms,
      timeZone: TZ,
      lang: 'de',
    });
    expect(rows).toHaveLength(truth.length);
    expect(rows.every((r) => r.recordId)).toBe(true);
    expect(new Set(rows.map((r) => r.recordId)).size).toBe(rows.length);
  });

  it('verification against a newer export counts a merged capture that is still there as remaining', async () => {
    await importBatch(fx.archive);
    await importBatch([fx.history]);
    const rooms = await database().rooms.toArray();
    const bathroom = rooms.find((r) => r.kind === 'bathroom')!;
    const clips = (await library()).filter((c) => c.roomId === bathroom.id);
    const request = await createRequest({
      kind: 'erasure',
      clipIds: clips.map((c) => c.id),
      language: 'de',
      timeZone: TZ,
    });
    // The newer voice history still holds everything it held; records only the archive had cannot be checked.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await importBatch([fx.history]);
    const outcome = await verifyAgainstLatestImport(request.id, TZ);
    if (!outcome.ok) throw new Error('expected a verification');
    const inHistory = fx.truth.recordings.filter((r) => r.room === 'bathroom' && r.inHistory).length;
    expect(clips).toHaveLength(fx.truth.recordings.filter((r) => r.room === 'bathroom' && r.deviceKnown).length);
    expect(outcome.request.verification?.gone).toEqual([]);
    expect(outcome.request.verification?.remaining).toHaveLength(inHistory);
    expect(outcome.request.verification?.unchecked).toHaveLength(clips.length - inHistory);
  });
});
