// Deleted means gone: a marker sentence is imported through the real pipeline, spread into every derived
// store (groups, voices, seeds, confirmed ids, selections, filters, letters, the columns cache), then each
// deletion path runs and every object store is read back in full — no trace of the sentence may remain.
// First: installs the fake IndexedDB before Dexie is loaded.
import { useFreshDb } from './fresh-db';
import { describe, expect, it } from 'vitest';

import { adaptClassifier, defaultClassifier } from '../../../../shared/classify';
import { ingest } from '../../../../shared/pipeline/ingest';
import { enrichCaptures } from '../../../../shared/pipeline/enrich';
import { enrichLibrary } from '../../../../shared/pipeline/library';
import { dexieSink } from '../../../../renderer/import/dexie-sink';
import { beginImport, commitImport } from '../../../../renderer/db/repos/imports';
import { loadLibraryInputs, saveLibraryResult, loadGroups } from '../../../../renderer/db/repos/derived';
import { loadColumns } from '../../../../renderer/db/repos/library';
import { purgeDeleted, softDelete } from '../../../../renderer/db/repos/clips';
import { deleteLibrary } from '../../../../renderer/db/repos/maintenance';
import { confirmOwn } from '../../../../renderer/db/repos/quarantine';
import { saveSelection } from '../../../../renderer/db/repos/selections';
import { saveSetting, savePreferences, loadPreferences } from '../../../../renderer/db/repos/settings';
import { createRequest, verifyAgainstLatestImport, getRequest } from '../../../../renderer/db/repos/requests';
import { nameVoice } from '../../../../renderer/db/repos/voices';
import type { EarshotDb } from '../../../../renderer/db/db';
import { voiceHistoryRecord } from '../../../fixtures/voice-history';

const database = useFreshDb('deletion');
const MARKER = 'alexa meine geheime pin ist 4711';
const ACCOUNT = 'A7SECRETACCOUNT';
const ZONE = 'Europe/Berlin';

const record = (ts: number, text: string) => voiceHistoryRecord(ts, text, { account: ACCOUNT });

const T0 = 1792308137534;
const history = (records: [number, string][]) =>
  JSON.stringify([{ customerHistoryRecords: records.map(([ts, text]) => record(ts, text)) }]);

async function importText(id: string, text: string, startedAt = Date.now()): Promise<void> {
  const blob = new Blob([text], { type: 'application/json' });
  await beginImport({
    id,
    startedAt,
    status: 'staging',
    sources: [],
    files: [{ name: 'voice-history.json', size: blob.size }],
    counts: { captures: 0, newCaptures: 0, withAudio: 0, withoutAudio: 0, withoutTranscript: 0 },
    warnings: [],
  });
  const files = [{ path: 'alexa-voice-history/voice-history.json', blob, lastModified: 0 }];
  const outcome = await ingest(files, dexieSink(id), { importId: id, timeZone: ZONE, deferVoiceAnalysis: true });
  if (outcome.kind !== 'done') throw new Error('import needs a mapping');
  await commitImport({
    runId: id,
    devices: outcome.devices,
    rooms: outcome.rooms,
    finishedAt: Date.now(),
    counts: outcome.counts,
    warnings: outcome.warnings,
    accountId: outcome.merged.accountId,
    sources: outcome.sources,
  });
}

/** The library worker's pass, run in place. */
async function libraryPass(): Promise<void> {
  const input = await loadLibraryInputs();
  const classifier = adaptClassifier(defaultClassifier(), []);
  const classified = enrichCaptures(input.captures, { timeZone: ZONE, ...input, classifier });
  const result = enrichLibrary(classified, { ...input });
  await saveLibraryResult(result, input.version, new Set(), input);
}

/** Every row of every store as text; Blobs and typed arrays are read as bytes (Latin-1 shows UTF-8 too). */
async function dump(db: EarshotDb): Promise<string> {
  const parts: string[] = [];
  const walk = async (value: unknown): Promise<void> => {
    if (value instanceof Blob) parts.push(Buffer.from(await value.arrayBuffer()).toString('latin1'));
    else if (ArrayBuffer.isView(value)) parts.push(Buffer.from(value.buffer).toString('latin1'));
    else if (Array.isArray(value)) for (const v of value) await walk(v);
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) {
        parts.push(k);
        await walk(v);
      }
    else parts.push(String(value));
  };
  for (const table of db.tables) await walk(await table.toArray());
  return parts.join('\n');
}

/** Imports the marker and two other commands and lets the marker reach every derived store. */
async function spreadMarker(db: EarshotDb): Promise<string> {
  await savePreferences({ language: 'de', theme: 'dark' });
  await importText(
    'run-1',
    history([
      [T0, MARKER],
      [T0 + 60_000, MARKER],
      [T0 + 120_000, 'alexa licht an'],
    ]),
  );
  await libraryPass();
  const ids = (await db.clips.toArray()).filter((c) => c.transcript === MARKER).map((c) => c.id);
  await saveSelection('Geheim', ids);
  await confirmOwn(ids);
  const voice = (await db.voices.toArray())[0];
  if (voice) await nameVoice(voice.id, 'Anna');
  await createRequest({ kind: 'erasure', clipIds: ids, language: 'de', timeZone: ZONE });
  await loadColumns();
  const before = await dump(db);
  expect(before).toContain('4711');
  expect((await loadGroups()).some((g) => g.label.includes('4711'))).toBe(true);
  expect((await db.requests.toArray())[0]!.letterText).toContain('4711');
  return ids[0]!;
}

describe('deletion leaves no trace', () => {
  it('delete the whole library: every store empty but the household preferences, database recreated', async () => {
    const db = database();
    await spreadMarker(db);
    await saveSetting('filters', 'q=geheime+pin');
    await deleteLibrary();
    const after = await dump(db);
    expect(after).not.toMatch(/4711|geheime|licht an/);
    expect(after).not.toContain(ACCOUNT);
    for (const table of db.tables) if (table.name !== 'settings') expect(await table.count()).toBe(0);
    expect((await db.settings.toArray()).map((r) => r.key).sort()).toEqual(['libraryVersion', 'preferences']);
    expect(await loadPreferences()).toMatchObject({ language: 'de', theme: 'dark' });
    // A new import works in the recreated database.
    await importText('run-2', history([[T0 + 1000, 'alexa wie spät ist es']]));
    expect((await loadColumns()).columns.count).toBe(1);
  });

  it('delete the whole library while another connection (a worker) holds the database open', async () => {
    const db = database();
    await spreadMarker(db);
    const { EarshotDb } = await import('../../../../renderer/db/db');
    const worker = new EarshotDb(db.name);
    await worker.open();
    expect(await worker.clips.count()).toBe(3);
    await deleteLibrary();
    // The other connection was closed for the deletion and reopens the new, empty database.
    expect(await worker.clips.count()).toBe(0);
    expect(await dump(worker)).not.toContain('4711');
    worker.close();
  });

  it('purge of a selection: the marker is gone everywhere, the other command stays', async () => {
    const db = database();
    await spreadMarker(db);
    const ids = (await db.clips.toArray()).filter((c) => c.transcript === MARKER).map((c) => c.id);
    await softDelete(ids);
    expect(await purgeDeleted()).toBe(2);
    await loadColumns();
    const after = await dump(db);
    expect(after).not.toMatch(/4711|geheime/);
    for (const id of ids) expect(after).not.toContain(`"${id}"`);
    expect(after).toContain('licht an');
    expect((await loadGroups()).map((g) => g.label)).toEqual(['licht an']);
    expect((await db.selections.toArray())[0]!.clipIds).toEqual([]);
  });

  it('delete after a request is verified: the verified clips purged, the letter keeps no transcript', async () => {
    const db = database();
    const id = await spreadMarker(db);
    const request = (await db.requests.toArray())[0]!;
    // The newer export no longer holds the first marker; the second one remains.
    await importText(
      'run-2',
      history([
        [T0 + 60_000, MARKER],
        [T0 + 120_000, 'alexa licht an'],
      ]),
      request.createdAt + 1,
    );
    const outcome = await verifyAgainstLatestImport(request.id, ZONE);
    expect(outcome.ok).toBe(true);
    await softDelete(request.clipIds);
    await purgeDeleted(request.clipIds);
    await libraryPass();
    const after = await dump(db);
    expect(after).not.toMatch(/4711|geheime/);
    expect(await db.clips.get(id)).toBeUndefined();
    expect((await getRequest(request.id))!.letterText).toContain('[…]');
  });
});
