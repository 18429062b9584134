// Every letter, in German and English, carries the elements the GDPR facts require (deadline as a date,
// articles, identification placeholders, annex rows) — and a breach notice never repeats a stranger's words.

import { describe, expect, it } from 'vitest';
import { controllerById } from '../../../shared/gdpr/controllers';
import { PLACEHOLDERS, unfilledPlaceholders } from '../../../shared/gdpr/letter';
import { accessLetter } from '../../../shared/gdpr/letters/access';
import { breachNotice } from '../../../shared/gdpr/letters/breach-notice';
import { complaintLetter } from '../../../shared/gdpr/letters/complaint';
import { erasureLetter } from '../../../shared/gdpr/letters/erasure';
import { followUpLetter } from '../../../shared/gdpr/letters/follow-up';
import { renderLetterHtml, renderLetterText as render } from '../../../shared/gdpr/render';
import type { Letter } from '../../../shared/gdpr/letter';
import type { Language } from '../../../shared/model';
import { given } from '../report/builders';

const h = given.household();
const amazon = controllerById('amazon-eu');
const own = h.captures.filter((c) => c.source === 'alexa-archive' && !c.flags.includes('foreign'));
const foreign = h.captures.filter((c) => c.flags.includes('foreign'));
const common = { devices: h.devices, rooms: h.rooms, timeZone: h.timeZone, identity: {}, date: '2025-01-31' };
const langs: Language[] = ['de', 'en'];
// Content checks read the unwrapped text; wrapping is checked separately.
const renderLetterText = (letter: Letter) => render(letter, { wrap: false });
const dueText = { de: '28. Februar 2025', en: '28 February 2025' };

describe.each(langs)('erasure letter (%s)', (lang) => {
  const letter = erasureLetter({ ...common, lang, controller: amazon, captures: own });
  const text = renderLetterText(letter);
  const art = (de: string, en: string) => (lang === 'de' ? de : en);

  it('names the controller, the legal grounds and the recipients duties', () => {
    expect(text).toContain('eu-privacy@amazon.de');
    expect(text).toContain('Amazon Europe Core S.à r.l.');
    for (const cited of [
      art('Art. 17 Abs. 1 DSGVO', 'Article 17(1) GDPR'),
      art('Art. 17 Abs. 2 und Art. 19 DSGVO', 'Articles 17(2) and 19 GDPR'),
      art('Art. 12 Abs. 3 DSGVO', 'Article 12(3) GDPR'),
      art('Art. 7 Abs. 3', 'Article 7(3)'),
      art('Art. 21', 'Article 21'),
      art('Art. 17 Abs. 3', 'Article 17(3)'),
      art('Art. 77', 'Article 77'),
    ]) {
      expect(text).toContain(cited);
    }
  });
  it('asks to erase audio, transcripts and derived records and to confirm in writing', () => {
    expect(text).toMatch(art('Audioaufnahme selbst', 'audio recording itself'));
    expect(text).toMatch(art('Transkription', 'transcript'));
    expect(text).toMatch(art('abgeleiteten Datensätze', 'records derived'));
    expect(text).toMatch(art('schriftlich', 'in writing'));
  });
  it('gives the one-month deadline as a concrete, end-of-month clamped date', () => {
    expect(letter.dueOn).toBe('2025-02-28');
    expect(text).toContain(dueText[lang]);
  });
  it('leaves identification placeholders to fill in, and fills them when given', () => {
    const p = PLACEHOLDERS[lang];
    expect(unfilledPlaceholders(text)).toEqual(expect.arrayContaining([p.name, p.email, p.address]));
    const filled = renderLetterText(
      erasureLetter({
        ...common,
        lang,
        controller: amazon,
        captures: own,
        identity: { name: 'Eva Muster', email: 'eva@example.org', address: 'Musterweg 1\n12345 Musterstadt' },
      }),
    );
    expect(unfilledPlaceholders(filled)).toEqual([]);
    expect(filled).toContain('eva@example.org');
  });
  it('lists every selected capture in the annex with times, device, room, status and record id', () => {
    expect(letter.annex?.rows).toHaveLength(own.length);
    for (const id of ['utt-001', 'utt-004', 'utt-008']) expect(text).toContain(id);
    expect(text).toContain('2025-01-11 23:30:00');
    expect(text).toContain('2025-01-11T22:30:00Z');
    expect(text).toContain('Bad Echo Dot');
    expect(text).toContain('ich habe meine tabletten vergessen');
    expect(text).toContain(art('nicht für das Gerät bestimmt', 'not intended for the device'));
  });
  it('cites Art. 17(1)(f) only when a child is in the selection', () => {
    const child = given.capture({ source: 'alexa-archive', flags: ['child'], transcript: 'spiel musik' });
    const withChild = renderLetterText(
      erasureLetter({ ...common, lang, controller: amazon, captures: [...own, child] }),
    );
    expect(withChild).toContain(art('(lit. f)', '(point (f))'));
    expect(text).not.toContain(art('(lit. f)', '(point (f))'));
  });
});

describe.each(langs)('access letter (%s)', (lang) => {
  const text = renderLetterText(
    accessLetter({ ...common, lang, controller: controllerById('google-ireland'), captures: own.slice(0, 2) }),
  );
  it('asks for the audio itself with the EDPB reference and all Art. 15(1)(a)–(h) items', () => {
    expect(text).toContain(lang === 'de' ? 'Audioaufnahmen selbst' : 'audio recordings themselves');
    expect(text).toContain('01/2022');
    expect(text).toContain('153');
    for (const letter of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'])
      expect(text).toContain(lang === 'de' ? `${letter}) ` : `(${letter}) `);
    expect(text).toContain(dueText[lang]);
    expect(text).toContain('Google Ireland Limited');
    expect(text).toContain('Gordon House');
    expect(text).toContain('utt-002');
  });
});

describe.each(langs)('breach notice (%s)', (lang) => {
  const letter = breachNotice({
    ...common,
    lang,
    controller: amazon,
    foreignCaptures: foreign,
    exportReceivedOn: '2025-01-20',
    accessRequestedOn: '2024-12-01',
  });
  const text = renderLetterText(letter);
  const html = renderLetterHtml(letter);
  it('never contains the stranger transcript', () => {
    expect(text).not.toContain('Geheimnis');
    expect(html).not.toContain('Geheimnis');
  });
  it('states counts, span, device, how it arrived, Art. 15(4), Art. 33 72 hours and Art. 34', () => {
    expect(text).toContain(lang === 'de' ? '1 Sprachaufnahme' : '1 voice recording');
    expect(text).toContain('XX9');
    expect(text).toContain('stranger-1');
    expect(text).toContain(lang === 'de' ? '20. Januar 2025' : '20 January 2025');
    expect(text).toContain(lang === 'de' ? '1. Dezember 2024' : '1 December 2024');
    expect(text).toContain(lang === 'de' ? 'Art. 15 Abs. 4' : 'Article 15(4)');
    expect(text).toContain(lang === 'de' ? 'Art. 33' : 'Article 33');
    expect(text).toContain('72');
    expect(text).toContain(lang === 'de' ? 'Art. 34' : 'Article 34');
  });
});

it('wraps paper letters at 78 columns without splitting placeholders', () => {
  const text = render(erasureLetter({ ...common, lang: 'de', controller: amazon, captures: own }), {
    includeAnnex: false,
  });
  expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThanOrEqual(78);
  expect(unfilledPlaceholders(text)).toHaveLength(4);
});

describe.each(langs)('complaint and follow-up (%s)', (lang) => {
  it('complaint names the controller, dates, counts and the lead authority', () => {
    const text = renderLetterText(
      complaintLetter({
        ...common,
        lang,
        controller: amazon,
        date: '2025-03-10',
        request: { kind: 'erasure', sentOn: '2025-01-31', dueOn: '2025-02-28', count: 8 },
        ground: 'no-answer',
        stillPresent: { count: 3, exportOn: '2025-03-05' },
      }),
    );
    expect(text).toContain('CNPD');
    expect(text).toContain(lang === 'de' ? 'Art. 77 DSGVO' : 'Article 77 GDPR');
    expect(text).toContain(lang === 'de' ? 'Art. 58 Abs. 2' : 'Article 58(2)');
    expect(text).toContain(dueText[lang]);
    expect(text).toContain(lang === 'de' ? '8 Sprachaufnahmen' : '8 voice recordings');
    expect(text).toContain(lang === 'de' ? '3 Sprachaufnahmen' : '3 voice recordings');
  });
  it('follow-up lists only what remains, with transcripts, and a new dated deadline', () => {
    const remaining = own.filter((c) => ['utt-003', 'utt-005'].includes(c.providerRecordId ?? ''));
    const letter = followUpLetter({
      ...common,
      lang,
      controller: amazon,
      date: '2025-03-10',
      original: { sentOn: '2025-01-31', count: 8 },
      exportOn: '2025-03-05',
      goneCount: 6,
      remaining,
    });
    const text = renderLetterText(letter);
    expect(letter.annex?.rows.map((r) => r.recordId)).toEqual(['utt-003', 'utt-005']);
    expect(text).toContain('ruf Anna Schmidt an');
    expect(text).not.toContain('utt-001');
    expect(text).toContain(lang === 'de' ? '10. April 2025' : '10 April 2025');
    expect(text).toContain(dueText[lang]);
  });
});
