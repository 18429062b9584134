// Text normalisation shared by the classifier, the flag lexicons, command groups and corrections: one
// canonical form so "Alexa, wie wird das Wetter?" and "wie wird das wetter" are the same command.
// Rules: lower case; umlauts folded to ae/oe/ue and ß to ss (ASR output and typed text disagree on
// spelling, folding makes both match); other accents stripped; number words → digits; punctuation gone;
// wake words removed ("alexa" anywhere, the others only at the edges, because "computer" or "echo"
// inside a sentence are usually ordinary words).

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss' };

const UNITS_DE: Record<string, number> = {
  null: 0,
  eins: 1,
  zwei: 2,
  zwo: 2,
  drei: 3,
  vier: 4,
  fuenf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
};
const TEENS_DE: Record<string, number> = {
  zehn: 10,
  elf: 11,
  zwoelf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fuenfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
};
const TENS_DE: Record<string, number> = {
  zwanzig: 20,
  dreissig: 30,
  vierzig: 40,
  fuenfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
};
const UNITS_EN: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const TEENS_EN: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS_EN: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
// A Map, not an object: a transcript word such as "constructor" must not find Object.prototype members.
const SIMPLE_NUMBERS = new Map<string, number>(
  Object.entries({
    ...UNITS_DE,
    ...TEENS_DE,
    ...TENS_DE,
    ...UNITS_EN,
    ...TEENS_EN,
    ...TENS_EN,
    hundert: 100,
    hundred: 100,
  }),
);
// German compounds such as "einundzwanzig" / "fuenfundvierzig".
const DE_COMPOUND = new RegExp(
  `^(ein|${Object.keys(UNITS_DE)
    .filter((k) => UNITS_DE[k]! > 0)
    .join('|')})und(${Object.keys(TENS_DE).join('|')})$`,
);

const WAKE_START = /^(?:(?:hey|hi|ok|okay|ja)\s+)?(?:alexa|computer|echo|google|amazon|ziggy)\b\s*/;
const WAKE_ANY = /alexa|computer|echo|google|amazon|ziggy/;
const WAKE_END = /\s*\b(?:(?:hey|ok|okay)\s+)?(?:alexa|computer|echo|google)$/;

/**
 * A character outside printable ASCII, precomposed German letters and the apostrophes removed below.
 * Almost no transcript has one, and skipping NFC/NFD and the Unicode-class regexes without it makes
 * folding about twice as fast; the result is the same as the full path's.
 */
const NOT_PLAIN = /[^ -~äöüßÄÖÜẞ’´]/;

/** Lower case, umlauts folded, accents stripped, punctuation removed. Keeps word order and all words. */
export function foldText(text: string): string {
  if (!NOT_PLAIN.test(text)) {
    return text
      .toLowerCase()
      .replace(/[äöüßẞ]/g, (c) => UMLAUTS[c] ?? c)
      .replace(/(\d)[.,:](?=\d)/g, '$1 ')
      .replace(/['’`´]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äöüßẞ]/g, (c) => UMLAUTS[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/(\d)[.,:](?=\d)/g, '$1 ') // 7:30 → 7 30, 2,5 → 2 5
    .replace(/['’`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Number words → digits ("fünf" → 5, "twenty five" → 25, "einundzwanzig" → 21), on folded tokens. */
function numbersToDigits(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const compound = token.length > 8 && token.includes('und') ? DE_COMPOUND.exec(token) : null;
    if (compound) {
      const unit = compound[1] === 'ein' ? 1 : UNITS_DE[compound[1]!]!;
      out.push(String(unit + TENS_DE[compound[2]!]!));
      continue;
    }
    const value = SIMPLE_NUMBERS.get(token);
    if (value === undefined) {
      out.push(token);
      continue;
    }
    const next = tokens[i + 1];
    const nextUnit = next !== undefined && Object.hasOwn(UNITS_EN, next) ? UNITS_EN[next] : undefined;
    if (
      value >= 20 &&
      value % 10 === 0 &&
      value < 100 &&
      nextUnit !== undefined &&
      nextUnit > 0 &&
      Object.hasOwn(TENS_EN, token)
    ) {
      out.push(String(value + nextUnit));
      i++;
      continue;
    }
    out.push(String(value));
  }
  return out;
}

/** Removes wake words: "alexa" anywhere; "computer", "echo", "hey/ok google" at the start or end. */
export function stripWakeWords(folded: string): string {
  let text = folded;
  for (let guard = 0; guard < 3; guard++) {
    const next = text.replace(WAKE_START, '').replace(WAKE_END, '');
    if (next === text) break;
    text = next;
  }
  return text
    .replace(/\b(?:hey |ok |okay )?alexa\b/g, ' ')
    .replace(/\b(?:hey|ok|okay) google\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The canonical form used everywhere in shared/classify. */
export function normalise(text: string): string {
  return normaliseFolded(foldText(text));
}

/** `normalise` for text already passed through foldText (the classifier folds once for language and model). */
export function normaliseFolded(folded: string): string {
  // Folded text has single spaces and no edges; without any wake word stripping changes nothing.
  const stripped = WAKE_ANY.test(folded) ? stripWakeWords(folded) : folded;
  if (!stripped) return '';
  return numbersToDigits(stripped.split(' ')).join(' ');
}

/** True when the text contains a wake word at all (used by the accidental-capture rules). */
export function hasWakeWord(text: string): boolean {
  const folded = foldText(text);
  return /\balexa\b/.test(folded) || /\b(?:hey|ok|okay) google\b/.test(folded) || WAKE_START.test(folded);
}
