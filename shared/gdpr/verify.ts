// Deletion verification: given what a request listed and the captures of a newer export, which items are gone
// and which remain (with their transcripts, for the follow-up letter). Items match by Earshot's stable capture
// id or by the provider's record id of any record merged into a capture, since either may survive a format
// change between exports; a newer export's record merged into a requested capture keeps that capture's id.

import type { Capture, Source } from '../model';

/** The sources whose records make up a capture (a merged capture has several). */
export function capturedSources(capture: Capture): Source[] {
  return capture.sources?.length ? [...new Set(capture.sources.map((s) => s.source))] : [capture.source];
}

export interface RequestedItem {
  captureId: string;
  providerRecordId?: string;
  /** Source of the requested capture; only exports from the same provider can prove anything. */
  source?: Capture['source'];
}

export interface VerificationResult {
  /** Requested capture ids that the newer export no longer contains. */
  gone: string[];
  /** Newer-export captures that were requested and are still there (transcripts included). */
  remaining: Capture[];
  /** The newer export holds nothing from the requested provider(s): absence proves nothing. */
  inconclusive: boolean;
}

export function verifyRequest(requested: readonly RequestedItem[], newer: readonly Capture[]): VerificationResult {
  const byId = new Map<string, Capture>();
  const byRecord = new Map<string, Capture>();
  for (const capture of newer) {
    byId.set(capture.id, capture);
    if (capture.providerRecordId) byRecord.set(capture.providerRecordId, capture);
    for (const ref of capture.sources ?? [])
      if (ref.recordId && !byRecord.has(ref.recordId)) byRecord.set(ref.recordId, capture);
  }
  const gone: string[] = [];
  const remaining: Capture[] = [];
  const seen = new Set<string>();
  for (const item of requested) {
    const found = byId.get(item.captureId) ?? (item.providerRecordId ? byRecord.get(item.providerRecordId) : undefined);
    if (!found) gone.push(item.captureId);
    else if (!seen.has(found.id)) {
      seen.add(found.id);
      remaining.push(found);
    }
  }
  const requestedSources = new Set(requested.map((r) => r.source).filter((s) => s !== undefined));
  const inconclusive =
    newer.length === 0 ||
    (requestedSources.size > 0 && !newer.some((c) => capturedSources(c).some((s) => requestedSources.has(s))));
  return { gone, remaining: remaining.sort((a, b) => a.ts - b.ts), inconclusive };
}

export function requestedItems(captures: readonly Capture[]): RequestedItem[] {
  return captures.map((c) => ({
    captureId: c.id,
    source: c.source,
    ...(c.providerRecordId ? { providerRecordId: c.providerRecordId } : {}),
  }));
}
