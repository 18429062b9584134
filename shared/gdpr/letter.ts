// The letter model every GDPR letter produces and render.ts prints, plus what the letters share: the
// identification placeholders the user fills in, the sender block and a factual description of a selection.

import { formatLongDate, localDate, type IsoDate } from '../i18n-format';
import type { Capture, Device, Language, RequestKind } from '../model';
import type { AnnexRow, AnnexTable } from './annex';
import type { Controller } from './controllers';

export type Block = { kind: 'p'; text: string } | { kind: 'list'; items: string[] } | { kind: 'heading'; text: string };

export interface Letter {
  kind: RequestKind;
  lang: Language;
  sender: string[];
  recipient: string[];
  recipientEmail?: string;
  /** The letter's date, formatted. */
  dateLine: string;
  subject: string;
  salutation: string;
  blocks: Block[];
  closing: string;
  signature: string;
  /** "Anlage"/"Enclosure" lines. */
  enclosures: string[];
  annex?: { title: string; rows: AnnexRow[]; table: AnnexTable; timeZone: string };
  /** The reply deadline the letter names, where it names one. */
  dueOn?: IsoDate;
}

/** Who writes. Missing fields become visible placeholders the user must fill in before sending. */
export interface Identity {
  name?: string;
  email?: string;
  /** Postal address, lines separated by newlines. */
  address?: string;
}

export const PLACEHOLDERS: Record<Language, { name: string; email: string; address: string; signature: string }> = {
  de: {
    name: '[Ihr vollständiger Name]',
    email: '[E-Mail-Adresse Ihres Kundenkontos]',
    address: '[Ihre Postanschrift]',
    signature: '[Unterschrift]',
  },
  en: {
    name: '[Your full name]',
    email: '[E-mail address of your account]',
    address: '[Your postal address]',
    signature: '[Signature]',
  },
};

/** Every placeholder still present in a rendered text (the UI warns before export). */
export function unfilledPlaceholders(text: string): string[] {
  const all = Object.values(PLACEHOLDERS).flatMap((p) => Object.values(p));
  return [...new Set(all.filter((p) => text.includes(p)))];
}

export interface LetterBase {
  lang: Language;
  identity: Identity;
  /** The day the letter is written (household zone). */
  date: IsoDate;
}

export function senderLines(identity: Identity, lang: Language): string[] {
  const p = PLACEHOLDERS[lang];
  return [
    identity.name?.trim() || p.name,
    ...(identity.address?.trim() ? identity.address.trim().split(/\r?\n/) : [p.address]),
    identity.email?.trim() || p.email,
  ];
}

export function identificationList(identity: Identity, lang: Language): string[] {
  const p = PLACEHOLDERS[lang];
  const name = identity.name?.trim() || p.name;
  const email = identity.email?.trim() || p.email;
  const address = identity.address?.trim().replace(/\r?\n/g, ', ') || p.address;
  return lang === 'de'
    ? [`Name: ${name}`, `E-Mail-Adresse des Kundenkontos: ${email}`, `Anschrift: ${address}`]
    : [`Name: ${name}`, `E-mail address of the account: ${email}`, `Postal address: ${address}`];
}

export function controllerRecipient(controller: Controller): Pick<Letter, 'recipient' | 'recipientEmail'> {
  return { recipient: [...controller.address], ...(controller.email ? { recipientEmail: controller.email } : {}) };
}

export function letterFrame(
  base: LetterBase,
): Pick<Letter, 'lang' | 'sender' | 'dateLine' | 'salutation' | 'closing' | 'signature'> {
  const p = PLACEHOLDERS[base.lang];
  return {
    lang: base.lang,
    sender: senderLines(base.identity, base.lang),
    dateLine: formatLongDate(base.date, base.lang),
    salutation: base.lang === 'de' ? 'Sehr geehrte Damen und Herren,' : 'Dear Sir or Madam,',
    closing: base.lang === 'de' ? 'Mit freundlichen Grüßen' : 'Yours faithfully',
    signature: base.identity.name?.trim() || p.signature,
  };
}

export interface SelectionFacts {
  count: number;
  from?: IsoDate;
  to?: IsoDate;
  deviceNames: string[];
}

/** Counts, time span and devices of a set of captures — never their content. */
export function selectionFacts(
  captures: readonly Capture[],
  devices: readonly Device[],
  timeZone: string,
): SelectionFacts {
  if (captures.length === 0) return { count: 0, deviceNames: [] };
  let min = Infinity;
  let max = -Infinity;
  for (const c of captures) {
    min = Math.min(min, c.ts);
    max = Math.max(max, c.ts);
  }
  const nameById = new Map(devices.map((d) => [d.id, d.name]));
  const deviceNames = [
    ...new Set(captures.map((c) => (c.deviceId ? (nameById.get(c.deviceId) ?? c.deviceId) : undefined))),
  ]
    .filter((n): n is string => !!n)
    .sort((a, b) => a.localeCompare(b));
  return { count: captures.length, from: localDate(min, timeZone), to: localDate(max, timeZone), deviceNames };
}

/** What a letter asks about: "4 Sprachaufnahmen aus dem Zeitraum … bis … auf dem Gerät „Küche“". */
export function describeSelection(facts: SelectionFacts, lang: Language): string {
  return `${recordingsWord(facts.count, lang)} ${describeSpan(facts, lang)}${describeDevices(facts, lang)}`;
}

export function describeSpan(facts: SelectionFacts, lang: Language): string {
  if (!facts.from || !facts.to) return '';
  const from = formatLongDate(facts.from, lang);
  const to = formatLongDate(facts.to, lang);
  if (facts.from === facts.to) return lang === 'de' ? `vom ${from}` : `of ${from}`;
  return lang === 'de' ? `aus dem Zeitraum ${from} bis ${to}` : `made between ${from} and ${to}`;
}

export function describeDevices(facts: SelectionFacts, lang: Language): string {
  if (facts.deviceNames.length === 0) return '';
  const list = facts.deviceNames.map((n) => `„${n}“`).join(', ');
  if (lang === 'en')
    return ` on the device${facts.deviceNames.length > 1 ? 's' : ''} ${facts.deviceNames.map((n) => `"${n}"`).join(', ')}`;
  return ` auf ${facts.deviceNames.length > 1 ? 'den Geräten' : 'dem Gerät'} ${list}`;
}

export const recordingsWord = (count: number, lang: Language): string =>
  lang === 'de'
    ? count === 1
      ? '1 Sprachaufnahme'
      : `${count} Sprachaufnahmen`
    : count === 1
      ? '1 voice recording'
      : `${count} voice recordings`;
