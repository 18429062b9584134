// One worker of the import's analysis pool (analysis-pool.ts): decodes a recording the import has just read
// and runs the full analysis — waveform peaks, loudness, speech share, pitch and the speaker embedding — so
// the import stores each clip complete and nothing reads or decodes the audio a second time.

import { analyseAudio } from '../../shared/audio/analyse';
import { decodeAudio } from '../../shared/audio/decode';
import type { AnalysisEvent, AnalysisRequest } from './analysis-protocol';

self.onmessage = async (message: MessageEvent<AnalysisRequest>) => {
  const { id, bytes } = message.data;
  const started = performance.now();
  let event: AnalysisEvent;
  try {
    const analysis = analyseAudio(await decodeAudio(bytes));
    event = { id, ok: true, analysis, busyMs: performance.now() - started };
    self.postMessage(event, { transfer: [analysis.peaks.buffer, analysis.embedding.buffer] });
  } catch (error) {
    event = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
    self.postMessage(event);
  }
};
