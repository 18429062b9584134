// One worker of the import's analysis pool (analysis-pool.ts): decodes a recording the import has just read
// and runs the full analysis — waveform peaks, loudness, speech share, pitch and the speaker embedding — so
// the import stores each clip complete and nothing reads or decodes the audio a second time.

import { analyseAudio } from '../../shared/audio/analyse';
import { decodeAudio } from '../../shared/audio/decode';
import type { AnalysisEvent, AnalysisRequest } from './analysis-protocol';
import { receiveKeyring } from '../db/crypto/keyring-port';
import { sealBlob } from '../db/crypto/blobs';

receiveKeyring(self);

self.onmessage = async (message: MessageEvent<AnalysisRequest>) => {
  const { id, bytes, seal } = message.data;
  const started = performance.now();
  // With encryption on, the recording is sealed here (WebCrypto works beside the decoding), so the import does
  // not wait for it before each batch's write. Started before decoding, which may take the bytes over.
  // Should sealing fail here, the answer goes without it and the import seals the recording before its write.
  const sealing = seal
    ? sealBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: seal })).catch(() => undefined)
    : undefined;
  let event: AnalysisEvent;
  try {
    const analysis = analyseAudio(await decodeAudio(bytes));
    event = { id, ok: true, analysis, busyMs: performance.now() - started };
    const sealed = await sealing;
    if (sealed) event.sealed = sealed;
    self.postMessage(event, { transfer: [analysis.peaks.buffer, analysis.embedding.buffer] });
  } catch (error) {
    event = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
    const sealed = await sealing;
    if (sealed) event.sealed = sealed;
    self.postMessage(event);
  }
};
