// A worker thread of the CLI's audio pool (voice-pool.ts): decodes a batch of recordings and runs the
// analysis with the same shared code as the app's import and voice workers (without the waveform peaks,
// which the CLI does not report), one reply per batch with the embeddings moved, not copied.

import { parentPort } from 'node:worker_threads';
import { analyseRecording, type VoiceThreadReply, type VoiceThreadRequest } from './voice-job';

parentPort!.on('message', (request: VoiceThreadRequest) => {
  void (async (): Promise<VoiceThreadReply> => {
    const results = [];
    for (const clip of request.clips) results.push(await analyseRecording(clip));
    return { id: request.id, results };
  })().then((reply) => {
    const moving =
      'results' in reply ? reply.results.flatMap((r) => (r.ok ? [r.embedding.buffer as ArrayBuffer] : [])) : [];
    parentPort!.postMessage(reply, moving);
  });
});
parentPort!.postMessage({ ready: true } satisfies VoiceThreadReply);
