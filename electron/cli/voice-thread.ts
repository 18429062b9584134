// A worker thread of the CLI's audio pool (voice-pool.ts): decodes a recording and runs the full analysis
// with the same shared code as the app's import and voice workers.

import { parentPort } from 'node:worker_threads';
import { analyseAudio } from '../../shared/audio/analyse';
import { decodeAudio } from '../../shared/audio/decode';
import type { VoiceThreadReply, VoiceThreadRequest } from './voice-pool';

parentPort!.on('message', (request: VoiceThreadRequest) => {
  void (async (): Promise<VoiceThreadReply> => {
    try {
      const analysis = analyseAudio(await decodeAudio(request.bytes));
      return {
        id: request.id,
        ok: true,
        features: analysis.features,
        durationMs: analysis.durationMs,
        embedding: analysis.embedding,
      };
    } catch (error) {
      return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  })().then((reply) => parentPort!.postMessage(reply, reply.ok ? [reply.embedding.buffer as ArrayBuffer] : []));
});
