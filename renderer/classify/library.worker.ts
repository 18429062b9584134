// Recomputes everything derived from the whole library, off the UI thread: categories (with the
// household's corrections), flags, command groups, voices and foreign scores. Runs after every import
// and after corrections; writes back in one transaction so the views never see half a result.

import { loadLibraryInputs, passSummary, saveLibraryResult, StaleLibraryError } from '../db/repos/derived';
import { computeLibraryPass, passTranscripts } from './library-pass';
import { encoderAssisted } from './sentence-encoder-web';
import { defaultClassifier } from '../../shared/classify';
import { analysePendingVoices, type VoicePassResult, type VoiceWorkerPort } from './pending-voices';
import { poolSize } from '../../shared/pipeline/pool-size';
import type { NightHours } from '../../shared/night';
import type { LibraryJobEvent, LibraryJobRequest } from './protocol';
import { receiveKeyring, sendKeyring } from '../db/crypto/keyring-port';

const post = (event: LibraryJobEvent) => self.postMessage(event);
receiveKeyring(self);

self.onmessage = (message: MessageEvent<LibraryJobRequest>) => {
  if (message.data.type === 'run') void runWithRetry(message.data.timeZone, message.data.nightHours);
};

/** An import or a correction during the pass makes it stale: read again (a few times at most). */
async function runWithRetry(timeZone: string, nightHours: NightHours): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await run(timeZone, nightHours);
      return;
    } catch (error) {
      if (!(error instanceof StaleLibraryError)) {
        post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
        return;
      }
    }
  }
  post({ type: 'error', message: 'The library kept changing; analysis will run again after the next change.' });
}

/** A worker of the voice-analysis pool (nested workers: this worker coordinates, they decode and analyse). */
function spawnVoiceWorker(): VoiceWorkerPort {
  const worker = new Worker(new URL('./voice.worker.ts', import.meta.url), {
    type: 'module',
    name: 'earshot-voices',
  });
  sendKeyring(worker);
  return worker as unknown as VoiceWorkerPort;
}

async function run(timeZone: string, nightHours: NightHours): Promise<void> {
  const started = Date.now();
  {
    post({ type: 'progress', phase: 'reading', done: 0, total: 0 });
    let input = await loadLibraryInputs();
    let voices: VoicePassResult = { analysed: 0, failed: 0, audioSeconds: 0, busyMs: 0, workers: 1, wallMs: 0 };
    // Rows of imports from before the import analysed each recording in full: their pitch and embedding first,
    // then the library is read again with them.
    if (input.voicePending.length) {
      voices = await analysePendingVoices((done, total) => post({ type: 'progress', phase: 'voices', done, total }), {
        spawn: spawnVoiceWorker,
        workers: poolSize(self.navigator.hardwareConcurrency),
        pending: input.voicePending,
      });
      post({ type: 'progress', phase: 'reading', done: 0, total: 0 });
      input = await loadLibraryInputs();
    }
    const base = await encoderAssisted(defaultClassifier(), passTranscripts(input), (count) =>
      post({ type: 'progress', phase: 'classifying', done: 0, total: count }),
    );
    const { result, householdNames } = computeLibraryPass(
      input,
      timeZone,
      nightHours,
      (phase) => post({ type: 'progress', phase, done: 0, total: input.captures.length }),
      base,
    );
    post({ type: 'progress', phase: 'saving', done: 0, total: result.captures.length });
    await saveLibraryResult(
      result,
      input.version,
      householdNames,
      { rooms: input.rooms, devices: input.devices },
      input.captures,
      { timeZone, nightHours },
    );
    post({
      type: 'done',
      ...passSummary(result),
      elapsedMs: Date.now() - started,
      voiceAnalysis: {
        clips: voices.analysed,
        audioSeconds: voices.audioSeconds,
        busyMs: voices.busyMs,
        wallMs: voices.wallMs,
        workers: voices.workers,
      },
    });
  }
}
