// Stored shapes of the user's own work: requests, saved selections and named voices.

import type { Language, RequestKind, RequestStatus } from '../../shared/model';

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
  verification?: { checkedAt: number; importId: string; gone: string[]; remaining: string[] };
  identity: { name: string; email: string; address: string };
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
