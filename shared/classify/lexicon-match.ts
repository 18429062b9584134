// Finds lexicon entries and identity patterns in a transcript and reports the words as the user wrote
// them ("Tabletten", not "tablette*"), so the UI can say why a flag was set.

import { LEXICONS, type LexiconFlag } from './lexicons/sensitive';
import { foldText, normalise } from './normalise';

export interface Token {
  original: string;
  norm: string;
}

export interface LexiconHit {
  flag: LexiconFlag;
  detail: string;
}

interface Entry {
  flag: LexiconFlag;
  tokens: string[];
  /** Last token matches as a prefix. */
  prefix: boolean;
}

const BY_FIRST = new Map<string, Entry[]>();
const PREFIX_FIRST: Entry[] = [];
for (const [flag, words] of Object.entries(LEXICONS) as [LexiconFlag, readonly string[]][]) {
  for (const word of words) {
    const prefix = word.endsWith('*');
    const tokens = word.replace(/\*$/, '').split(' ');
    const entry: Entry = { flag, tokens, prefix };
    if (prefix && tokens.length === 1) PREFIX_FIRST.push(entry);
    else BY_FIRST.set(tokens[0]!, [...(BY_FIRST.get(tokens[0]!) ?? []), entry]);
  }
}

/** Word tokens with their normalised form (per word, so original spelling stays available). */
export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  for (const original of text.split(/[\s,;:!?()"“”„]+/)) {
    const norm = normalise(original);
    if (!norm) continue;
    for (const part of norm.split(' ')) out.push({ original: original.replace(/^[.'-]+|[.'-]+$/g, ''), norm: part });
  }
  return out;
}

export function matchLexicons(tokens: readonly Token[]): LexiconHit[] {
  const hits: LexiconHit[] = [];
  const seen = new Set<string>();
  const push = (flag: LexiconFlag, from: number, to: number): void => {
    const detail = tokens
      .slice(from, to)
      .map((t) => t.original)
      .filter((w, i, all) => all.indexOf(w) === i)
      .join(' ');
    const key = `${flag}\u0000${detail.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    hits.push({ flag, detail });
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!.norm;
    for (const entry of BY_FIRST.get(token) ?? []) {
      const n = entry.tokens.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) {
        const want = entry.tokens[k]!;
        const have = tokens[i + k]!.norm;
        ok = entry.prefix && k === n - 1 ? have.startsWith(want) : have === want;
      }
      if (ok) push(entry.flag, i, i + n);
    }
    for (const entry of PREFIX_FIRST) if (token.startsWith(entry.tokens[0]!)) push(entry.flag, i, i + 1);
  }
  return hits;
}

const STREET_DE =
  /\b([\p{L}-]*(?:strasse|str|weg|gasse|allee|platz|ring|damm|ufer|chaussee|steig|pfad)(?:\s+\d{1,4}\s?[a-z]?\b))/u;
const STREET_DE_SPLIT = /\b(\p{L}+\s(?:strasse|str|weg|gasse|allee|platz|ring|damm)\s\d{1,4}\s?[a-z]?)\b/u;
const STREET_EN =
  /\b(\d{1,5}\s(?:\p{L}+\s){1,3}(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|way|court|ct|place|terrace))\b/u;
const CODE =
  /\b(?:tuercode|door code|alarmcode|alarm code|code|passwort|password|kennwort)\s(?:ist\s|is\s|lautet\s)?(\d{3,8})\b/;
const PIN = /\b(?:pin|geheimzahl|pin code|pin nummer)\s(?:ist\s|is\s|lautet\s)?(\d{4,6})\b/;

export interface PatternHit {
  flag: 'sensitive:identity' | 'sensitive:finance';
  kind: 'address' | 'phone' | 'code' | 'pin';
  detail: string;
}

/** Addresses (street + number), phone numbers, door codes and PINs in the folded, digit-normalised text. */
export function matchPatterns(text: string): PatternHit[] {
  const hits: PatternHit[] = [];
  const folded = foldText(text);
  const normal = normalise(text);
  const street = STREET_DE.exec(folded) ?? STREET_DE_SPLIT.exec(folded) ?? STREET_EN.exec(folded);
  if (street) hits.push({ flag: 'sensitive:identity', kind: 'address', detail: street[1]! });
  // Phone numbers: a run of digit groups ("0176 123 45 67", "null eins sieben sechs …", "+49 …"); a leading
  // 0 or 9+ digits tells them from times, dates and amounts.
  for (const run of normal.match(/\d+(?:\s\d+)*/g) ?? []) {
    const digits = run.replace(/\s/g, '');
    if (digits.length >= 9 || (digits.length >= 6 && digits.startsWith('0'))) {
      hits.push({ flag: 'sensitive:identity', kind: 'phone', detail: run });
      break;
    }
  }
  const code = CODE.exec(normal);
  if (code) hits.push({ flag: 'sensitive:identity', kind: 'code', detail: code[0] });
  const pin = PIN.exec(normal);
  if (pin) hits.push({ flag: 'sensitive:finance', kind: 'pin', detail: pin[0] });
  return hits;
}
