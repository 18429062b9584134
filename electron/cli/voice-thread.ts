// A worker thread of the CLI's voice-analysis pool (voice-pool.ts): decodes a recording and computes pitch
// and speaker embedding with the same shared code as the app's voice workers.

import { parentPort } from 'node:worker_threads';
import { analyseAudio } from '../../shared/audio/analyse';
import { decodeAudio } from '../../shared/audio/decode';
import type { VoiceThreadReply, VoiceThreadRequest } from './voice-pool';

parentPort!.on('message', (request: VoiceThreadRequest) => {
  void (async (): Promise<VoiceThreadReply> => {
    try {
      const analysis = analyseAudio(await decodeAudio(request.bytes));
      return { id: request.id, pitchHz: analysis.features.pitchHz, embedding: analysis.embedding };
    } catch {
      return { id: request.id, failed: true }; // the import already warned about undecodable audio
    }
  })().then((reply) => parentPort!.postMessage(reply, 'embedding' in reply ? [reply.embedding.buffer] : []));
});
