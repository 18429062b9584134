// Deletion verification against a newer export: gone vs still present (with transcripts), matched by capture
// id or provider record id; an export from another provider proves nothing.

import { describe, expect, it } from 'vitest';
import { requestedItems, verifyRequest } from '../../../shared/gdpr/verify';
import { given } from '../report/builders';

describe('verifyRequest', () => {
  const a = given.capture({ transcript: 'erstens', providerRecordId: 'u-a' });
  const b = given.capture({ transcript: 'zweitens', providerRecordId: 'u-b' });
  const c = given.capture({ transcript: 'drittens', providerRecordId: 'u-c' });
  const requested = requestedItems([a, b, c]);

  it('reports which requested items are gone and which remain with their transcripts', () => {
    const newer = [{ ...b }, given.capture({ transcript: 'neu' })];
    const result = verifyRequest(requested, newer);
    expect(result.gone).toEqual([a.id, c.id]);
    expect(result.remaining.map((r) => r.transcript)).toEqual(['zweitens']);
    expect(result.inconclusive).toBe(false);
  });
  it('matches by provider record id when the capture id changed between exports', () => {
    const renamed = { ...c, id: 'other-id' };
    expect(verifyRequest(requested, [renamed]).remaining.map((r) => r.providerRecordId)).toEqual(['u-c']);
  });
  it('is inconclusive when the newer export holds nothing from that provider', () => {
    const google = given.capture({ source: 'google-takeout' });
    expect(verifyRequest(requested, [google]).inconclusive).toBe(true);
    expect(verifyRequest(requested, []).inconclusive).toBe(true);
  });
});
