// Every annex row names a record the controller can find: the provider's id (of any merged source), else the
// audio file's name, else source + UTC time — and the annex says so when it had to fall back.

import { describe, expect, it } from 'vitest';
import { annexToText, buildAnnex, annexTable } from '../../../shared/gdpr/annex';
import type { Capture } from '../../../shared/model';

const base = (over: Partial<Capture>): Capture => ({
  id: over.id ?? 'c',
  source: 'alexa-archive',
  ts: Date.UTC(2026, 2, 2, 7, 14, 4, 85),
  transcriptStatus: 'ok',
  transcript: 'alexa lauter',
  category: 'media',
  categoryConfidence: 1,
  flags: [],
  importIds: [],
  ...over,
});
const context = { devices: [], rooms: [], timeZone: 'Europe/Berlin', lang: 'de' as const };

describe('annex record ids', () => {
  it('uses the utterance id a merged source brought, the audio name, or source@time — never an empty cell', () => {
    const rows = buildAnnex(
      [
        base({ id: 'a', sources: [{ source: 'alexa-archive' }, { source: 'alexa-history', recordId: 'A3S:1.0/x/0' }] }),
        base({
          id: 'b',
          source: 'google-takeout',
          ts: 1,
          audioName: 'Takeout/My Activity/Assistant/2020-12-10_04_44_17_000_UTC.mp3',
        }),
        base({ id: 'c', ts: 2 }),
      ],
      context,
    );
    expect(rows.map((r) => r.recordId)).toEqual([
      '2020-12-10_04_44_17_000_UTC.mp3',
      'alexa-archive@1970-01-01T00:00:00.002Z',
      'A3S:1.0/x/0',
    ]);
    expect(rows.map((r) => r.recordIdKind)).toEqual(['file', 'time', 'provider']);
    const table = annexTable(rows, 'de', 'Europe/Berlin');
    expect(table.note).toMatch(/Name der Audiodatei.*Quelle und die UTC-Zeit/);
    expect(annexToText(rows, 'en', 'UTC')).toMatch(/^Where the export holds no record id/);
  });

  it('adds no note when every row has the provider’s id', () => {
    const rows = buildAnnex([base({ providerRecordId: 'A3S#1#T#G0' })], context);
    expect(annexTable(rows, 'en', 'UTC').note).toBeUndefined();
  });
});
