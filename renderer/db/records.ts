// Stored shapes of the user's own work: requests, saved selections and named voices.

import type { Language, RequestKind, RequestStatus, Source } from '../../shared/model';

export interface StoredRequest {
  id: string;
  kind: RequestKind;
  controllerId: string;
  language: Language;
  clipIds: string[];
  /** Provider ids of the requested clips, kept so verification works after a re-import. */
  providerIds: Record<string, string>;
  createdAt: number;
  sentAt?: number;
  answeredAt?: number;
  /** The controller announced the two-month extension (Art. 12(3)) within the first month. */
  extensionAnnouncedAt?: number;
  status: RequestStatus;
  letterText: string;
  notes: string;
  attachments: { name: string; mime: string; blob: Blob }[];
  verification?: {
    checkedAt: number;
    importId: string;
    gone: string[];
    remaining: string[];
    /** Requested clips from a source the newer export does not cover: neither gone nor remaining. */
    unchecked?: string[];
    /** The newer export holds nothing from the request's provider: absence proves nothing. */
    inconclusive?: boolean;
  };
  identity: { name: string; email: string; address: string };
  /** Source of each requested clip, so verification only judges clips the newer export could contain. */
  clipSources?: Record<string, Source>;
  /** Facts some letters need beyond their clips (follow-ups, complaints, breach notices). */
  context?: {
    /** The request a follow-up or complaint refers to. */
    parentId?: string;
    /** Follow-up: day of the newer export and how many requested clips it no longer held. */
    exportOn?: string;
    goneCount?: number;
    /** Breach notice: the day the export with foreign data arrived and the day it had been requested. */
    exportReceivedOn?: string;
    accessRequestedOn?: string;
  };
}

export interface StoredSelection {
  id: string;
  name: string;
  clipIds: string[];
  createdAt: number;
}

export interface StoredVoice {
  id: string;
  /** Name the household gave the voice ("Anna", "Mia", "Gast"), or the provider's personsInfo name. */
  name?: string;
  /** True once the household named it (a provider name is only a suggestion). */
  named?: boolean;
  child: boolean;
  size: number;
  medianPitchHz: number | null;
  sampleIds: string[];
  centroid: number[];
}
