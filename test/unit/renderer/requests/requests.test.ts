// The requests repository on fake-indexeddb: one letter per controller, tracking through overdue and
// answered, verification against a newer import (gone / remaining / unchecked), follow-ups, and the editable
// controller table reaching the letter.
// First: installs the fake IndexedDB before Dexie is loaded.
import { useFreshDb } from '../db/fresh-db';
import { describe, expect, it } from 'vitest';

import { loadControllers, resetController, saveController } from '../../../../renderer/db/repos/controllers';
import { beginImport, commitImport, stageBatch } from '../../../../renderer/db/repos/imports';
import {
  createComplaint,
  createFollowUp,
  createRequest,
  createRequestsFromSelection,
  listRequests,
  loadIdentity,
  loadLetter,
  updateRequest,
  verifyAgainstLatestImport,
} from '../../../../renderer/db/repos/requests';
import { dayToMs, requestState } from '../../../../shared/gdpr/request-letter';
import type { Capture, ImportRun, Source } from '../../../../shared/model';

const TZ = 'Europe/Berlin';
const database = useFreshDb('requests');

const capture = (id: string, source: Source, ts: number, transcript: string): Capture => ({
  id,
  source,
  ts,
  transcript,
  transcriptStatus: 'ok',
  providerRecordId: `rec-${id}`,
  deviceId: 'echo-1',
  category: 'unclear',
  categoryConfidence: 0,
  flags: [],
  importIds: [],
});

async function importCaptures(runId: string, captures: Capture[], _sources: Source[], startedAt = Date.now()) {
  const run: ImportRun = {
    id: runId,
    startedAt,
    status: 'staging',
    sources: _sources,
    files: [],
    counts: { captures: 0, newCaptures: 0, withAudio: 0, withoutAudio: 0, withoutTranscript: 0 },
    warnings: [],
  };
  // Like the app's import worker, which does not record the sources on the run.
  await beginImport({ ...run, sources: [] });
  await stageBatch(
    runId,
    captures.map((c) => ({ capture: c })),
  );
  const device = { id: 'echo-1', name: 'Echo Küche', registered: true, provider: 'amazon' as const, roomId: 'kitchen' };
  const rooms = [{ id: 'kitchen', name: 'Küche', kind: 'kitchen' as const, private: false }];
  await commitImport({ runId, devices: [device], rooms, finishedAt: Date.now(), counts: run.counts, warnings: [] });
}

const march = (day: number, hour = 10) => Date.UTC(2026, 2, day, hour);
const first = [
  capture('a', 'alexa-history', march(1), 'Alexa, wie wird das Wetter'),
  capture('b', 'alexa-history', march(2), 'Alexa, ich habe Kopfschmerzen'),
  capture('c', 'alexa-history', march(3), 'Alexa, stell einen Timer'),
  capture('d', 'alexa-archive', march(4), 'Alexa, spiel Musik'),
  capture('g', 'google-takeout', march(5), 'Hey Google, wie spät ist es'),
  capture('h', 'home-assistant', march(6), 'Licht an'),
];

describe('requests repository', () => {
  it('writes one letter per controller and leaves local recordings out', async () => {
    await importCaptures('run-1', first, ['alexa-history', 'alexa-archive', 'google-takeout', 'home-assistant']);
    const { created, local } = await createRequestsFromSelection('erasure', ['a', 'b', 'd', 'g', 'h'], 'de', TZ);
    expect(local).toBe(1);
    expect(created.map((r) => [r.controllerId, r.clipIds.sort()])).toEqual([
      ['amazon-eu', ['a', 'b', 'd']],
      ['google-ireland', ['g']],
    ]);
    const amazon = created[0]!;
    expect(amazon.status).toBe('draft');
    expect(amazon.providerIds).toEqual({ a: 'rec-a', b: 'rec-b', d: 'rec-d' });
    expect(amazon.letterText).toContain('Art. 17 Abs. 1 DSGVO');
    expect(amazon.letterText).toContain('Art. 19 DSGVO');
    expect(amazon.letterText).toContain('Art. 12 Abs. 3 DSGVO');
    expect(amazon.letterText).toContain('Alexa, ich habe Kopfschmerzen');
    expect(amazon.letterText).toContain('rec-d');
    expect(amazon.letterText).toContain('[Ihr vollständiger Name]');
    expect(amazon.letterText).toContain('eu-privacy@amazon.de');
    expect(created[1]!.letterText).toContain('Google Ireland Limited');
  });

  it('tracks a request through sent, overdue, extension and answered, and remembers the identity', async () => {
    await importCaptures('run-1', first, ['alexa-history']);
    const request = await createRequest({ kind: 'access', clipIds: ['a'], language: 'en', timeZone: TZ });
    const identity = { name: 'Anna Berger', email: 'anna@example.org', address: 'Hauptstr. 1\n10115 Berlin' };
    const sent = await updateRequest(request.id, { identity, sentAt: dayToMs('2026-01-31') }, TZ);
    expect(sent.status).toBe('overdue');
    expect(sent.letterText).toContain('Anna Berger');
    expect(sent.letterText).toContain('Article 15');
    // Sent on 31 January: one month ends on the last day of February.
    expect(sent.letterText).toContain('28 February 2026');
    const state = requestState(sent, Date.UTC(2026, 1, 20), TZ);
    expect([state.status, state.deadline?.dueOn, state.daysLeft]).toEqual(['sent', '2026-02-28', 8]);
    const extended = requestState({ ...sent, extensionAnnouncedAt: dayToMs('2026-02-10') }, Date.UTC(2026, 3, 1), TZ);
    expect([extended.status, extended.deadline?.dueOn]).toEqual(['sent', '2026-04-30']);
    const answered = await updateRequest(request.id, { answeredAt: dayToMs('2026-03-05') }, TZ);
    expect(answered.status).toBe('answered');
    expect(await loadIdentity()).toEqual(identity);
    const cleared = await updateRequest(request.id, { sentAt: undefined, answeredAt: undefined }, TZ);
    expect(cleared.status).toBe('draft');
    expect(cleared.sentAt).toBeUndefined();
  });

  it('verifies against a newer export: gone, remaining with transcripts, unchecked sources, follow-up letter', async () => {
    await importCaptures('run-1', first, ['alexa-history', 'alexa-archive'], Date.now() - 60_000);
    const request = await createRequest({
      kind: 'erasure',
      clipIds: ['a', 'b', 'c', 'd'],
      language: 'de',
      timeZone: TZ,
    });
    expect(await verifyAgainstLatestImport(request.id, TZ)).toEqual({ ok: false, reason: 'no-newer-import' });
    await updateRequest(request.id, { sentAt: dayToMs('2026-03-10') }, TZ);
    // The newer voice-history export no longer holds a and c; the archive (d) was not exported again.
    await importCaptures('run-2', [first[1]!], ['alexa-history'], Date.now() + 1000);
    const outcome = await verifyAgainstLatestImport(request.id, TZ);
    if (!outcome.ok) throw new Error('expected a verification');
    expect(outcome.request.verification).toMatchObject({ gone: ['a', 'c'], remaining: ['b'], unchecked: ['d'] });
    expect(outcome.remaining.map((c) => c.transcript)).toEqual(['Alexa, ich habe Kopfschmerzen']);
    expect(outcome.request.status).toBe('partly-verified');

    const followUp = await createFollowUp(request.id, TZ);
    expect(followUp.kind).toBe('follow-up');
    expect(followUp.clipIds).toEqual(['b']);
    expect(followUp.letterText).toContain('Alexa, ich habe Kopfschmerzen');
    expect(followUp.letterText).not.toContain('Alexa, stell einen Timer');
    expect(followUp.letterText).toContain('10. März 2026');
    expect((await listRequests()).map((r) => r.kind)).toEqual(['follow-up', 'erasure']);

    const complaint = await createComplaint(request.id, TZ);
    expect(complaint.letterText).toContain('Art. 77 DSGVO');
    expect(complaint.letterText).toContain('CNPD');
  });

  it('a newer export with everything gone makes the request verified', async () => {
    await importCaptures('run-1', first, ['alexa-history'], Date.now() - 60_000);
    const request = await createRequest({ kind: 'erasure', clipIds: ['a', 'c'], language: 'en', timeZone: TZ });
    await updateRequest(request.id, { sentAt: dayToMs('2026-03-10') }, TZ);
    await importCaptures('run-2', [first[1]!], ['alexa-history'], Date.now() + 1000);
    const outcome = await verifyAgainstLatestImport(request.id, TZ);
    expect(outcome.ok && outcome.request.status).toBe('verified');
  });

  it('letters use the household’s edits of the controller table', async () => {
    await importCaptures('run-1', first, ['alexa-history']);
    await saveController('amazon-eu', {
      address: ['Amazon Privacy', 'Postfach 1', '', '10000 Berlin'],
      email: 'new@example.org',
    });
    const amazon = (await loadControllers()).find((c) => c.id === 'amazon-eu')!;
    expect(amazon.address).toEqual(['Amazon Privacy', 'Postfach 1', '10000 Berlin']);
    const request = await createRequest({ kind: 'erasure', clipIds: ['a'], language: 'en', timeZone: TZ });
    expect(request.letterText).toContain('Postfach 1');
    expect(request.letterText).toContain('new@example.org');
    await resetController('amazon-eu');
    const { letter } = await loadLetter(request, TZ);
    expect(letter.recipientEmail).toBe('eu-privacy@amazon.de');
  });

  it('builds a breach notice for foreign clips without repeating the stranger’s words', async () => {
    await importCaptures('run-1', first, ['alexa-history']);
    const notice = await createRequest({
      kind: 'breach-notice',
      clipIds: ['b', 'c'],
      language: 'de',
      timeZone: TZ,
      context: { exportReceivedOn: '2026-03-20', accessRequestedOn: '2026-02-01' },
    });
    expect(notice.controllerId).toBe('amazon-eu');
    expect(notice.letterText).toContain('Art. 33');
    expect(notice.letterText).toContain('20. März 2026');
    expect(notice.letterText).toContain('rec-b');
    expect(notice.letterText).not.toContain('Kopfschmerzen');
    expect(requestState(notice, Date.now(), TZ).status).toBe('draft');
  });

  it('keeps the full letter text after requested clips were purged locally', async () => {
    await importCaptures('run-1', first, ['alexa-history']);
    const request = await createRequest({ kind: 'erasure', clipIds: ['a', 'b'], language: 'en', timeZone: TZ });
    await database().clips.delete('b');
    const saved = await updateRequest(request.id, { notes: 'sent by post' }, TZ);
    expect(saved.letterText).toContain('Alexa, ich habe Kopfschmerzen');
    expect((await loadLetter(saved, TZ)).missing).toBe(1);
  });
});
