// A worker thread of the CLI's audio pool (voice-pool.ts): decodes a batch of recordings and runs the
// analysis with the same shared code as the app's import and voice workers (without the waveform peaks,
// which the CLI does not report), one reply per batch with the embeddings moved, not copied. Once the
// analysis is done, one thread clusters the voices while the main thread does the rest of the library pass.

import { parentPort } from 'node:worker_threads';
import { clusterVoices } from '../../shared/voices/cluster';
import { analyseRecording, type VoiceThreadReply, type VoiceThreadRequest } from './voice-job';

async function answer(request: VoiceThreadRequest): Promise<VoiceThreadReply> {
  if ('voices' in request)
    try {
      return { id: request.id, clustering: clusterVoices(request.voices) };
    } catch (error) {
      return { id: request.id, error: error instanceof Error ? error.message : String(error) };
    }
  const results = [];
  for (const clip of request.clips) results.push(await analyseRecording(clip));
  return { id: request.id, results };
}

parentPort!.on('message', (request: VoiceThreadRequest) => {
  void answer(request).then((reply) => {
    const moving =
      'results' in reply ? reply.results.flatMap((r) => (r.ok ? [r.embedding.buffer as ArrayBuffer] : [])) : [];
    parentPort!.postMessage(reply, moving);
  });
});
parentPort!.postMessage({ ready: true } satisfies VoiceThreadReply);
