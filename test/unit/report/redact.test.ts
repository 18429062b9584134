// Redaction for shared reports: no name, number, phone, e-mail or street address from the fixtures survives.

import { describe, expect, it } from 'vitest';
import { redactText } from '../../../shared/report/redact';
import { buildSummary } from '../../../shared/report/summary';
import { given } from './builders';

const de = (text: string, names: string[] = []) => redactText(text, { lang: 'de', names });
const en = (text: string, names: string[] = []) => redactText(text, { lang: 'en', names });

describe('redactText', () => {
  it.each([
    ['ruf Anna Schmidt an', 'ruf [Name] an'],
    ['ruf Frau Kowalczyk an', 'ruf Frau [Name] an'],
    ['schreib nachricht an jürgen', 'schreib nachricht an [Name]'],
    ['erinnere Lena an den zahnarzt um 15 uhr', 'erinnere [Name] an den zahnarzt um [Zahl] uhr'],
    ['meine pin ist eins zwei drei vier', 'meine pin ist [Zahl]'],
    ['die nummer ist 0171 2345678', 'die nummer ist [Telefon]'],
    ['ruf +49 30 1234567 an', 'ruf [Telefon] an'],
    ['schick es an eva.muster@example.org', 'schick es an [E-Mail]'],
    ['wir wohnen in der Lindenstraße 12 in 80807 München', 'wir wohnen in der [Adresse] in [Adresse]'],
    ['wie wird das wetter', 'wie wird das wetter'],
    ['mach das Licht im Bad an', 'mach das Licht im Bad an'],
  ])('de: %s', (input, expected) => {
    expect(de(input)).toBe(expected);
  });
  it.each([
    ['call Ben Miller', 'call [name]'],
    ['text Priya I am late', 'text [name] I am late'],
    ["remind me about James's birthday on the 12th", 'remind me about [name] birthday on the [number]th'],
    ['we live at 221 Baker Street', 'we live at [address]'],
    ['my code is four four seven one', 'my code is [number]'],
  ])('en: %s', (input, expected) => {
    expect(en(input)).toBe(expected);
  });
  it('masks household names in any case, including surnames and possessives', () => {
    expect(de('sag oma kunigunde gute nacht', ['Kunigunde Weber'])).toBe('sag oma [Name] gute nacht');
    expect(de('wo ist WEBERS auto', ['Kunigunde Weber'])).toBe('wo ist [Name] auto');
  });
});

describe('redacted report level', () => {
  it('leaks no name or number of the household fixtures', () => {
    const h = given.household();
    const s = buildSummary(h, { privacy: 'redacted', lang: 'de', asOf: '2025-05-15', includeExamples: true });
    const json = JSON.stringify(s);
    expect(json).toContain('[Name]');
    for (const secret of ['Anna', 'Schmidt', 'Lena', '4711']) expect(json).not.toContain(secret);
  });
});

describe('redactNamedItems', () => {
  it('masks names in room and device names and keeps a serial number as one marker', async () => {
    const { redactNamedItems } = await import('../../../shared/report/redact');
    const items = [{ name: 'Mias Zimmer' }, { name: 'G2A0P30776541XZ' }, { name: 'Echo Küche' }];
    expect(redactNamedItems(items, { lang: 'de', names: ['Mia'] }).map((i) => i.name)).toEqual([
      '[Name] Zimmer',
      '[Zahl]',
      'Echo Küche',
    ]);
  });
});
