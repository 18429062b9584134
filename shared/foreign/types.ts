// Contracts of foreign-capture detection: what it reads about each capture and the household, and the
// reasons it gives. Reasons carry a code (stable, for i18n and tests), an English sentence and the values
// in it, so the UI can word them in German or English.

import type { Capture, Device, Room } from '../model';
import type { VoiceCluster } from '../voices/cluster';

export type ForeignInput = Pick<Capture, 'id' | 'ts'> &
  Partial<Pick<Capture, 'accountId' | 'deviceId' | 'roomId' | 'transcript' | 'providerRecordId' | 'voiceId'>> & {
    /** Speaker embedding of the capture's audio (shared/audio), when there is audio. */
    embedding?: Float32Array | number[];
  };

export interface ForeignContext {
  /** Account id of the export's owner (the customer id in Alexa record keys). */
  accountId?: string;
  devices: readonly Device[];
  rooms: readonly Room[];
  /** Voices clustered over these captures (shared/voices); without them the voice signal is skipped. */
  voices?: readonly VoiceCluster[];
  /** Names the household uses for its people (voice names, personsInfo), familiar in transcripts. */
  knownNames?: readonly string[];
}

export type ForeignReasonCode =
  'device-unregistered' | 'account-mismatch' | 'voice-unknown' | 'room-unknown' | 'content-unfamiliar';

export interface ForeignReason {
  code: ForeignReasonCode;
  /** A sentence for the user, e.g. "Recorded by “Echo Büro”, a device that is not registered to your account". */
  detail: string;
  /** Contribution of this reason (0..1, combined as independent evidence). */
  weight: number;
  /** The values quoted in `detail`, for translated wording. */
  params?: Record<string, string>;
}

export interface ForeignScore {
  score: number;
  reasons: ForeignReason[];
}
