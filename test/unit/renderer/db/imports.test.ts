// The staging → committed import protocol on fake-indexeddb: staged rows are invisible, commit makes
// them visible at once, re-import adds nothing, discard restores the exact previous state.
// First: installs the fake IndexedDB before Dexie is loaded.
import { useFreshDb } from './fresh-db';
import { describe, expect, it } from 'vitest';

import { beginImport, commitImport, stageBatch } from '../../../../renderer/db/repos/imports';
import { discardImport, discardInterruptedImports } from '../../../../renderer/db/repos/import-discard';
import { getAudio, getClip, purgeDeleted, softDelete } from '../../../../renderer/db/repos/clips';
import { countVisibleCaptures, loadColumns } from '../../../../renderer/db/repos/library';
import { captureCountsByDevice } from '../../../../renderer/db/repos/rooms';
import type { Capture, ImportRun } from '../../../../shared/model';

const database = useFreshDb('test');

const capture = (id: string, ts: number): Capture => ({
  id,
  source: 'alexa-history',
  ts,
  transcript: `command ${id}`,
  transcriptStatus: 'ok',
  category: 'unclear',
  categoryConfidence: 0,
  flags: [],
  importIds: [],
});

const run = (id: string): ImportRun => ({
  id,
  startedAt: Date.now(),
  status: 'staging',
  sources: ['alexa-history'],
  files: [],
  counts: { captures: 0, newCaptures: 0, withAudio: 0, withoutAudio: 0, withoutTranscript: 0 },
  warnings: [],
});

const commit = (runId: string) =>
  commitImport({ runId, devices: [], rooms: [], finishedAt: Date.now(), counts: run(runId).counts, warnings: [] });

async function importCaptures(runId: string, captures: Capture[]) {
  await beginImport(run(runId));
  const added = await stageBatch(
    runId,
    captures.map((c) => ({ capture: c, audio: { blob: new Blob([c.id]), mime: 'audio/wav', name: `${c.id}.wav` } })),
  );
  return added;
}

describe('import protocol', () => {
  it('keeps staged captures invisible until commit, then shows all of them', async () => {
    await importCaptures('run-1', [capture('a', 1), capture('b', 2)]);
    expect(await countVisibleCaptures()).toBe(0);
    expect((await loadColumns()).columns.count).toBe(0);
    await commit('run-1');
    expect(await countVisibleCaptures()).toBe(2);
    expect((await loadColumns()).columns.ids).toEqual(['a', 'b']);
  });

  it('adds nothing when the same export is imported again, but records that it contained the captures', async () => {
    await importCaptures('run-1', [capture('a', 1), capture('b', 2)]);
    await commit('run-1');
    const added = await importCaptures('run-2', [capture('a', 1), capture('b', 2), capture('c', 3)]);
    await commit('run-2');
    expect(added).toBe(1);
    expect(await countVisibleCaptures()).toBe(3);
    expect((await database().clips.get('a'))?.importIds).toEqual(['run-1', 'run-2']);
    expect((await database().clips.get('c'))?.importIds).toEqual(['run-2']);
  });

  it('discarding a cancelled import leaves the library exactly as it was', async () => {
    await importCaptures('run-1', [capture('a', 1)]);
    await commit('run-1');
    const before = { clips: await database().clips.toArray(), audio: await database().audio.count() };
    await importCaptures('run-2', [capture('a', 1), capture('x', 5), capture('y', 6)]);
    await discardImport('run-2', 'cancelled');
    expect(await database().clips.toArray()).toEqual(before.clips);
    expect(await database().audio.count()).toBe(before.audio);
    expect(await database().importLinks.count()).toBe(0);
    expect((await database().imports.get('run-2'))?.status).toBe('cancelled');
  });

  it('removes the rows of an import interrupted by a crash at the next start', async () => {
    await importCaptures('run-1', [capture('a', 1)]);
    await commit('run-1');
    await importCaptures('run-2', [capture('z', 9)]);
    const interrupted = await discardInterruptedImports();
    expect(interrupted.map((r) => r.id)).toEqual(['run-2']);
    expect((await database().clips.toCollection().primaryKeys()).sort()).toEqual(['a']);
  });

  it('stages captures and peaks in the staged tables; a new capture’s audio is written once, unreachable until commit', async () => {
    await importCaptures('run-1', [capture('a', 1)]);
    expect(await database().clips.count()).toBe(0);
    expect(await database().peaks.count()).toBe(0);
    expect(await getClip('a')).toBeUndefined();
    expect(await countVisibleCaptures()).toBe(0);
    expect((await loadColumns()).columns.ids).toEqual([]);
    expect(await database().stagedClips.count()).toBe(1);
    // Every reader goes from a visible clip to its audio: this row has no visible clip until the commit.
    expect(await database().audio.toCollection().primaryKeys()).toEqual(['a']);
    expect(await database().stagedAudio.count()).toBe(0);
    await commit('run-1');
    expect(await (await getAudio('a'))!.blob.text()).toBe('a');
  });

  it('moves every staged row at commit, also more than one chunk, and leaves nothing staged', async () => {
    const many = Array.from({ length: 2345 }, (_, i) => capture(`c${String(i).padStart(5, '0')}`, i));
    await beginImport(run('run-1'));
    for (let i = 0; i < many.length; i += 500)
      await stageBatch(
        'run-1',
        many.slice(i, i + 500).map((c) => ({
          capture: c,
          audio: { blob: new Blob([c.id]), mime: 'audio/wav', name: `${c.id}.wav` },
          peaks: {
            peaks: new Int8Array(2),
            durationMs: 1,
            loudnessDb: null,
            peakDb: null,
            speechShare: null,
            pitchHz: null,
            gainDb: 0,
          },
        })),
      );
    await commit('run-1');
    expect(await countVisibleCaptures()).toBe(2345);
    expect(await database().audio.count()).toBe(2345);
    expect(await database().peaks.count()).toBe(2345);
    expect((await database().clips.get('c02344'))?.importIds).toEqual(['run-1']);
    expect(await database().clips.get('c00000')).not.toHaveProperty('importId');
    for (const table of ['stagedClips', 'stagedAudio', 'stagedPeaks', 'importLinks'])
      expect(await database().table(table).count(), table).toBe(0);
  });

  it('gives a library clip without audio the audio of a later export at commit, and not before', async () => {
    await beginImport(run('run-1'));
    await stageBatch('run-1', [{ capture: capture('a', 1) }]);
    await commit('run-1');
    await importCaptures('run-2', [{ ...capture('a', 1), audioId: 'a' }]);
    expect(await database().audio.count()).toBe(0);
    expect((await database().clips.get('a'))?.audioId).toBeUndefined();
    await commit('run-2');
    expect((await database().audio.get('a'))?.name).toBe('a.wav');
    expect((await database().clips.get('a'))?.audioId).toBe('a');
  });

  it('a cancelled export that brought audio for a library clip leaves it without audio', async () => {
    await beginImport(run('run-1'));
    await stageBatch('run-1', [{ capture: capture('a', 1) }]);
    await commit('run-1');
    await importCaptures('run-2', [{ ...capture('a', 1), audioId: 'a' }]);
    await discardImport('run-2', 'cancelled');
    expect(await database().audio.count()).toBe(0);
    expect(await database().stagedAudio.count()).toBe(0);
  });

  it('does not bring back a library clip purged while the import staged, nor store its audio', async () => {
    await beginImport(run('run-1'));
    await stageBatch('run-1', [{ capture: capture('a', 1) }, { capture: capture('b', 2) }]);
    await commit('run-1');
    await importCaptures('run-2', [{ ...capture('a', 1), audioId: 'a' }]);
    await softDelete(['a']);
    await purgeDeleted();
    expect(await database().stagedAudio.count()).toBe(0);
    await commit('run-2');
    expect((await database().clips.toCollection().primaryKeys()).sort()).toEqual(['b']);
    expect(await database().audio.count()).toBe(0);
  });

  it('a cancelled or crashed run leaves no audio row behind and never touches a committed clip’s audio', async () => {
    const bytes = async () =>
      Object.fromEntries(
        await Promise.all((await database().audio.toArray()).map(async (r) => [r.clipId, await r.blob.text()])),
      );
    await beginImport(run('run-1'));
    await stageBatch('run-1', [
      {
        capture: { ...capture('a', 1), audioId: 'a' },
        audio: { blob: new Blob(['A1']), mime: 'audio/wav', name: 'a.wav' },
      },
      { capture: capture('b', 2) },
    ]);
    await commit('run-1');
    const before = { clips: await database().clips.toArray(), audio: await bytes() };
    expect(before.audio).toEqual({ a: 'A1' });
    for (const end of ['cancel', 'crash'] as const) {
      const runId = `run-${end}`;
      await beginImport(run(runId));
      // a: holds audio, b: none yet (audio staged for it), x and y: new to the library.
      await stageBatch(
        runId,
        ['a', 'b', 'x', 'y'].map((id, i) => ({
          capture: { ...capture(id, i + 1), audioId: id },
          audio: { blob: new Blob([`${id}2`]), mime: 'audio/wav', name: `${id}.wav` },
        })),
      );
      expect(await bytes()).toEqual({ a: 'A1', x: 'x2', y: 'y2' });
      if (end === 'cancel') await discardImport(runId, 'cancelled');
      else expect((await discardInterruptedImports()).map((r) => r.id)).toEqual([runId]);
      expect(await bytes(), end).toEqual(before.audio);
      expect(await database().clips.toArray(), end).toEqual(before.clips);
      for (const table of ['stagedClips', 'stagedAudio', 'stagedPeaks', 'importLinks'])
        expect(await database().table(table).count(), `${end}: ${table}`).toBe(0);
    }
    // Discarding again, or discarding a committed run, deletes nothing.
    await discardImport('run-cancel', 'cancelled');
    await discardImport('run-1', 'failed');
    expect(await bytes()).toEqual(before.audio);
  });

  it('a committed clip keeps its audio when a later export brings other audio for it', async () => {
    await beginImport(run('run-1'));
    await stageBatch('run-1', [
      {
        capture: { ...capture('a', 1), audioId: 'a' },
        audio: { blob: new Blob(['A1']), mime: 'audio/wav', name: 'a.wav' },
      },
    ]);
    await commit('run-1');
    await beginImport(run('run-2'));
    await stageBatch('run-2', [
      {
        capture: { ...capture('a', 1), audioId: 'a' },
        audio: { blob: new Blob(['A2']), mime: 'audio/x-wav', name: 'a2.wav' },
      },
    ]);
    await commit('run-2');
    const audio = await getAudio('a');
    expect([await audio!.blob.text(), audio!.name]).toEqual(['A1', 'a.wav']);
    expect(await database().audio.count()).toBe(1);
  });

  it('discarding a run keeps the audio of a capture a committed clip or another staging run holds', async () => {
    const keys = () => database().audio.toCollection().primaryKeys();
    // Another run committed x meanwhile: x's audio is the library's now.
    await importCaptures('run-2', [capture('x', 1), capture('y', 2)]);
    await importCaptures('run-3', [capture('x', 1), capture('z', 3)]);
    await commit('run-3');
    await discardImport('run-2', 'cancelled');
    expect(await keys()).toEqual(['x', 'z']);
    expect(await (await getAudio('x'))!.blob.text()).toBe('x');
    // Another run still stages q: its audio stays until that run ends too.
    await importCaptures('run-4', [capture('p', 4), capture('q', 5)]);
    await importCaptures('run-5', [capture('q', 5)]);
    await discardImport('run-4', 'cancelled');
    expect(await keys()).toEqual(['q', 'x', 'z']);
    expect((await discardInterruptedImports()).map((r) => r.id)).toEqual(['run-5']);
    expect(await keys()).toEqual(['x', 'z']);
  });

  it('counts visible captures without the soft-deleted ones', async () => {
    await importCaptures('run-1', [capture('a', 1), capture('b', 2), capture('c', 3)]);
    await commit('run-1');
    await softDelete(['b']);
    expect(await countVisibleCaptures()).toBe(2);
    expect((await loadColumns()).columns.ids).toEqual(['a', 'c']);
  });

  it('counts each device’s visible captures on the index, less the deleted ones', async () => {
    await database().devices.bulkPut([{ id: 'd1' }, { id: 'd2' }, { id: 'd3' }] as never);
    await importCaptures('run-1', [
      { ...capture('a', 1), deviceId: 'd1' },
      { ...capture('b', 2), deviceId: 'd1' },
      { ...capture('c', 3), deviceId: 'd2' },
      capture('e', 4),
    ]);
    expect(await captureCountsByDevice()).toEqual(
      new Map([
        ['d1', 0],
        ['d2', 0],
        ['d3', 0],
      ]),
    );
    await commit('run-1');
    await softDelete(['b']);
    expect(await captureCountsByDevice()).toEqual(
      new Map([
        ['d1', 1],
        ['d2', 1],
        ['d3', 0],
      ]),
    );
  });

  it('refuses to commit a run twice', async () => {
    await importCaptures('run-1', [capture('a', 1)]);
    await commit('run-1');
    await expect(commit('run-1')).rejects.toThrow(/not staging/);
  });
});
