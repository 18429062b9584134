// The breach complaint to the authority: facts (count, span, devices), the right articles, the authority as
// recipient — and none of the stranger's words.
import { describe, expect, it } from 'vitest';
import { controllerById } from '../../../shared/gdpr/controllers';
import { breachComplaint } from '../../../shared/gdpr/letters/breach-complaint';
import { renderLetterText } from '../../../shared/gdpr/render';
import type { Capture } from '../../../shared/model';

const stranger = (id: string, ts: number): Capture => ({
  id,
  source: 'alexa-history',
  ts,
  deviceId: 'X9',
  transcript: 'ruf kevin an',
  transcriptStatus: 'ok',
  category: 'communication',
  categoryConfidence: 1,
  flags: ['foreign'],
  importIds: [],
});

describe('breach complaint', () => {
  const input = {
    identity: { name: 'Anna Beispiel' },
    date: '2026-11-26',
    controller: controllerById('amazon-eu'),
    foreignCaptures: [stranger('a', Date.UTC(2026, 9, 19, 10)), stranger('b', Date.UTC(2026, 9, 28, 10))],
    devices: [{ id: 'X9', name: 'Echo Gästezimmer', registered: false, provider: 'amazon' as const }],
    timeZone: 'Europe/Berlin',
    exportReceivedOn: '2026-11-20',
  };

  it('states the disclosure in German without the strangers’ words', () => {
    const text = renderLetterText(breachComplaint({ ...input, lang: 'de' }), { wrap: false });
    expect(text).toContain('Beschwerde nach Art. 77 DSGVO');
    expect(text).toContain('2 Sprachaufnahmen aus dem Zeitraum 19. Oktober 2026 bis 28. Oktober 2026');
    expect(text).toContain('„Echo Gästezimmer“');
    expect(text).toMatch(/Art\. 15 Abs\. 4 DSGVO/);
    expect(text).toMatch(/Art\. 34 DSGVO/);
    expect(text).toContain('Commission nationale pour la protection des données');
    expect(text).toContain('20. November 2026');
    expect(text.toLowerCase()).not.toContain('kevin');
  });

  it('writes English and says when the controller was told', () => {
    const text = renderLetterText(breachComplaint({ ...input, lang: 'en', noticeSentOn: '2026-11-21' }), {
      wrap: false,
    });
    expect(text).toContain('Complaint under Article 77 GDPR');
    expect(text).toContain('I notified the controller on 21 November 2026');
    expect(text.toLowerCase()).not.toContain('kevin');
  });
});
