// One worker of the voice-analysis pool: reads a batch of stored recordings, decodes them, computes pitch
// and speaker embedding, writes them back. Several run side by side, one per core (pending-voices.ts).

import { analyseVoiceBatch } from './pending-voices';
import type { VoiceWorkerEvent, VoiceWorkerRequest } from './voice-protocol';
import { receiveKeyring } from '../db/crypto/keyring-port';

const post = (event: VoiceWorkerEvent) => self.postMessage(event);
receiveKeyring(self);

self.onmessage = (message: MessageEvent<VoiceWorkerRequest>) => {
  if (message.data.type !== 'analyse') return;
  analyseVoiceBatch(message.data.clipIds).then(
    (result) => post({ type: 'analysed', ...result }),
    (error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
};
