// Deferred voice analysis: clips imported with `voicePending` get pitch and embedding from the library
// worker's pre-pass (same values as the full analysis), lose the mark, and deleted rows stay deleted.
// First: installs the fake IndexedDB before Dexie is loaded.
import { useFreshDb } from './fresh-db';
import { describe, expect, it } from 'vitest';
import {
  analysePendingVoices,
  analyseVoiceBatch,
  type VoiceWorkerPort,
} from '../../../../renderer/classify/pending-voices';
import { poolSize } from '../../../../shared/pipeline/pool-size';
import type { VoiceWorkerEvent, VoiceWorkerRequest } from '../../../../renderer/classify/voice-protocol';

import {
  hasVoicePending,
  listVoicePending,
  newestFirst,
  saveVoiceAnalysis,
} from '../../../../renderer/db/repos/voice-analysis';
import { analyseAudio } from '../../../../shared/audio/analyse';
import { decodeAudio } from '../../../../shared/audio/decode';
import { analyseQuick } from '../../../../shared/audio/quick';
import { hasSpeechTools, speak } from '../../audio/espeak';

const database = useFreshDb('voice-analysis');

/** `stored` differs from `wav` to simulate audio that no longer decodes (e.g. a damaged profile). */
async function storePending(clipId: string, wav: Uint8Array, stored = wav) {
  const quick = analyseQuick(await decodeAudio(wav));
  await database().audio.put({
    clipId,
    blob: new Blob([stored as Uint8Array<ArrayBuffer>], { type: 'audio/wav' }),
    mime: 'audio/wav',
    name: `${clipId}.wav`,
  });
  await database().peaks.put({
    clipId,
    peaks: quick.peaks,
    durationMs: quick.durationMs,
    ...quick.features,
    voicePending: true,
  });
}

describe.skipIf(!hasSpeechTools())('deferred voice analysis', () => {
  it('fills in the pitch and embedding of the full analysis and clears the mark', async () => {
    const wav = speak('Alexa, schalte das Licht im Wohnzimmer aus', { voice: 'de+f3', pitch: 75, speed: 170 });
    await storePending('a', wav);
    await storePending('b', wav, new TextEncoder().encode('not audio any more'));
    await database().peaks.put({
      clipId: 'old',
      peaks: new Int8Array(2),
      durationMs: 1,
      loudnessDb: null,
      peakDb: null,
      speechShare: null,
      pitchHz: 120,
      gainDb: 0,
    });
    expect((await listVoicePending()).sort()).toEqual(['a', 'b']);

    const progress: number[] = [];
    expect((await analysePendingVoices((done, total) => progress.push(done, total))).analysed).toBe(1);
    expect(progress).toEqual([0, 2]);

    const full = analyseAudio(await decodeAudio(wav));
    const row = (await database().peaks.get('a'))!;
    expect(row.voicePending).toBeUndefined();
    expect(row.pitchHz).toBe(full.features.pitchHz);
    expect(row.pitchHz).toBeGreaterThan(0);
    expect([...row.embedding!]).toEqual([...full.embedding]);
    expect((await database().peaks.get('b'))!.voicePending).toBeUndefined();
    expect((await database().peaks.get('old'))!.pitchHz).toBe(120);
    expect(await listVoicePending()).toEqual([]);
  });

  it('does not bring back a row deleted while the analysis ran', async () => {
    await saveVoiceAnalysis([{ clipId: 'gone', pitchHz: 200, embedding: new Float32Array([1]) }]);
    expect(await database().peaks.get('gone')).toBeUndefined();
  });

  it('shares the batches among a pool of workers and analyses every clip once', async () => {
    const wav = speak('Alexa, wie spät ist es', { voice: 'de+m3', pitch: 40, speed: 170 });
    const ids = Array.from({ length: 60 }, (_, i) => `p${String(i).padStart(2, '0')}`);
    for (const id of ids) await storePending(id, wav);
    const requests: string[][] = [];
    const spawned: string[] = [];
    // In-process stand-ins for voice.worker.ts: same batch function, answers arrive asynchronously.
    const spawn = (): VoiceWorkerPort => {
      const name = `w${spawned.length}`;
      spawned.push(name);
      const port: VoiceWorkerPort = {
        onmessage: null,
        onerror: null,
        terminate: () => undefined,
        postMessage(request: VoiceWorkerRequest) {
          requests.push(request.clipIds);
          void analyseVoiceBatch(request.clipIds).then((result) =>
            port.onmessage?.({ data: { type: 'analysed', ...result } } as MessageEvent<VoiceWorkerEvent>),
          );
        },
      };
      return port;
    };
    const result = await analysePendingVoices(undefined, { spawn, workers: 2 });
    expect(spawned).toHaveLength(2);
    expect(result.analysed).toBe(60);
    expect(result.audioSeconds).toBeGreaterThan(0);
    expect(requests.flat().sort()).toEqual(ids);
    expect(await listVoicePending()).toEqual([]);
  });

  it('orders pending clips newest first and sizes the pool by the cores', async () => {
    for (const [id, ts] of [
      ['old', 1_000],
      ['new', 3_000],
      ['mid', 2_000],
    ] as const)
      await database().clips.put({ id, ts } as never);
    expect(await newestFirst(['old', 'gone', 'new', 'mid'])).toEqual(['new', 'mid', 'old', 'gone']);
    expect([poolSize(undefined), poolSize(1), poolSize(2), poolSize(16)]).toEqual([1, 1, 2, 4]);
  });

  it('leaves the clips of an import that is still staging to the pass that import starts', async () => {
    const wav = speak('Alexa, stopp', { voice: 'de+m3', pitch: 40, speed: 170 });
    await storePending('s1', wav);
    expect(await hasVoicePending()).toBe(true);
    await database().imports.put({ id: 'run-1', status: 'staging', startedAt: 1 } as never);
    expect(await hasVoicePending()).toBe(false);
    await database().imports.update('run-1', { status: 'committed' });
    expect(await hasVoicePending()).toBe(true);
  });
});
