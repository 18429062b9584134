// Redaction of transcripts for sharing a report: e-mail addresses, phone numbers, street addresses, person
// names and numbers are masked. Hand-written because no maintained library covers German + English speech
// transcripts (usually lower-case, no punctuation): patterns for the structured parts, then names from three
// sources — the household's own names, a small de/en first-name list, and capitalised words after cue words
// ("ruf Anna an", "call Ben"). It errs towards masking too much: a shared report must not leak.

import type { Language } from '../model';
import { FIRST_NAMES } from './first-names';

export interface RedactOptions {
  /** Names known to the household (voice profiles, family members); matched case-insensitively. */
  names?: readonly string[];
  lang: Language;
}

type Kind = 'email' | 'phone' | 'address' | 'name' | 'number';

const MARKERS: Record<Language, Record<Kind, string>> = {
  de: { email: '[E-Mail]', phone: '[Telefon]', address: '[Adresse]', name: '[Name]', number: '[Zahl]' },
  en: { email: '[email]', phone: '[phone]', address: '[address]', name: '[name]', number: '[number]' },
};

const L = '\\p{L}\\p{M}';
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Starts with + or 0 (or a bracketed area code), then at least six more digits with the usual separators.
const PHONE = /(?:\+\d|\(0|\b0)[\d\s/().-]{5,}\d/gu;
const DE_STREET = new RegExp(
  `[${L}-]{2,}(?:straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|pfad)(?![${L}])(?:\\s+\\d+(?:\\s?[a-z]\\b)?)?`,
  'giu',
);
const EN_STREET =
  /\b\d+[a-z]?\s+(?:[\p{L}'-]+\s+){1,3}(?:street|st\.?|road|rd\.?|avenue|ave\.?|lane|ln\.?|drive|way|close|court|place|square|terrace|crescent|gardens)\b/giu;
const POSTCODE_CITY = /\b\d{4,5}\s+\p{Lu}[\p{L}-]+/gu;
const NUMBER_WORD =
  '(?:null|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|[\\p{L}]*(?:zehn|zig|ßig)|hundert|tausend|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|oh)';
// Two or more number words in a row (a PIN, a phone number read aloud) or any single one but "oh"/"one".
const NUMBER_WORDS = new RegExp(
  `(?<![${L}])${NUMBER_WORD}(?:[\\s-]+(?:und\\s+|and\\s+)?${NUMBER_WORD})*(?![${L}])`,
  'giu',
);
const DIGITS = /\d+(?:[.,:/]\d+)*/gu;
// Words after which a capitalised word is most likely a person ("ruf Anna an", "message Ben", "Frau Weber").
const CUES = new Set(
  'ruf rufe anrufen schreib schreibe sag sage frag frage erinnere nachricht an mit für von bei heißt namens frau herr tante onkel call text message tell ask remind with for from named called mr mrs ms dr'.split(
    ' ',
  ),
);
// Capitalised words that follow cue words or names without being people (also room and device words: "Mias Zimmer").
const NOT_NAMES = new Set(
  'frau herr tante onkel mr mrs ms dr alexa google echo amazon spotify netflix youtube radio montag dienstag mittwoch donnerstag freitag samstag sonntag monday tuesday wednesday thursday friday saturday sunday januar februar märz april mai juni juli august september oktober november dezember january february march june july october december i the der die das den dem ein eine einen zimmer küche bad büro flur keller garage garten wohnzimmer schlafzimmer kinderzimmer arbeitszimmer room bedroom kitchen bathroom office hall garden nest dot mini hub show assist'.split(
    ' ',
  ),
);
const SENTINEL = /\uE000(\w+)\uE001/g;
const FIRST_NAME_SET = new Set(FIRST_NAMES.map((n) => n.toLowerCase()));

export function redactText(text: string, options: RedactOptions): string {
  const mark = (kind: Kind) => `\uE000${kind}\uE001`;
  let out = text
    .replace(EMAIL, mark('email'))
    .replace(PHONE, mark('phone'))
    .replace(EN_STREET, mark('address'))
    .replace(DE_STREET, mark('address'))
    .replace(POSTCODE_CITY, mark('address'));
  out = redactNames(out, options.names ?? [], mark('name'));
  out = out
    .replace(DIGITS, mark('number'))
    .replace(NUMBER_WORDS, (m) => (/^(?:oh|one)$/i.test(m) ? m : mark('number')));
  // Adjacent markers of one kind ("[Name] [Name]") collapse, so the length of a name reveals nothing.
  out = out.replace(/(\uE000(\w+)\uE001)(?:\s+\uE000\2\uE001)+/g, '$1');
  return out.replace(SENTINEL, (_, kind: Kind) => MARKERS[options.lang][kind]);
}

const WORD = new RegExp(`[${L}][${L}'’-]*`, 'gu');

function redactNames(text: string, householdNames: readonly string[], marker: string): string {
  const known = new Set([
    ...FIRST_NAME_SET,
    ...householdNames.flatMap((n) => n.toLowerCase().split(/\s+/)).filter(Boolean),
  ]);
  const words = [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
  const masked = new Set<number>();
  words.forEach((w, i) => {
    const bare = w.word.replace(/(?:'s|’s|s)$/i, '');
    const lower = w.word.toLowerCase();
    const capitalised = /^\p{Lu}\p{Ll}/u.test(w.word);
    const prev = words[i - 1];
    const adjacent = (a: typeof w | undefined, b: typeof w) => !!a && /^\s+$/.test(text.slice(a.end, b.start));
    if (known.has(lower) || known.has(bare.toLowerCase())) masked.add(i);
    else if (capitalised && !NOT_NAMES.has(lower) && prev && adjacent(prev, w) && CUES.has(prev.word.toLowerCase()))
      masked.add(i);
    // A capitalised word right after a masked name is a surname ("Anna Schmidt").
    else if (capitalised && !NOT_NAMES.has(lower) && masked.has(i - 1) && adjacent(prev, w)) masked.add(i);
  });
  let out = '';
  let pos = 0;
  for (const i of [...masked].sort((a, b) => a - b)) {
    const w = words[i]!;
    out += text.slice(pos, w.start) + marker;
    pos = w.end;
  }
  return out + text.slice(pos);
}

/** Device and room names carry names too ("Mias Zimmer"): at the redacted level they are masked the same way. */
export function redactNamedItems<T extends { name: string }>(items: readonly T[], options: RedactOptions): T[] {
  // A serial number used as a name ("G2A0P3077") would become "G[Zahl]A[Zahl]P[Zahl]": one marker says the same.
  const whole = (name: string) =>
    name.replace(/\S*(\[[^\]\s]+\])\S*/gu, (word, marker: string) => (word === marker ? word : marker));
  return items.map((item) => ({ ...item, name: whole(redactText(item.name, options)) }));
}
