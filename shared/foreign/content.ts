// "Content the household never mentions": names and places a transcript refers to (call X, weather in X,
// ruf X an, Wetter in X, capitalised words mid-sentence) that appear in none of the household's other
// transcripts. Weak evidence on purpose — a family does get new words — so it only adds to other signals.

import { memoByText } from '../text-memo';

const SLOT_PATTERNS: RegExp[] = [
  /\b(?:call|ring|text|message|email|remind|tell)\s+([\p{L}-]{3,})/giu,
  /\b(?:weather|time|traffic|directions?)\s+(?:in|for|to|at)\s+([\p{L}-]{3,})/giu,
  /\b(?:in|to|from|at|near)\s+([\p{Lu}][\p{L}-]{2,})/gu,
  /\b(?:ruf|rufe|anrufen|schreib|schreibe|erinnere|sag|sage)\s+([\p{L}-]{3,})/giu,
  /\b(?:wetter|zeit|verkehr|zug|züge)\s+(?:in|für|nach|von)\s+([\p{L}-]{3,})/giu,
  /\b(?:nach|von|bei|aus)\s+([\p{Lu}][\p{L}-]{2,})/gu,
];

/** Words that fill the name slots above but are not names. */
const STOPWORDS = new Set(
  'the and for minutes minute seconds hours today tomorrow tonight morning evening home work mich dich uns euch mir dir ihm ihr ihn ihnen morgen heute abend hause mama papa oma opa mom dad grandma grandpa bitte please ten zehn einen eine einer the'.split(
    ' ',
  ),
);

/** Answers per text: a household repeats itself ("ruf Mama an"), and the pass runs per capture. */
const namesOf = memoByText(findNames);

/** Names a transcript mentions (a fresh array: callers may change it without touching the memo). */
export function mentionedNames(transcript: string | undefined): string[] {
  return transcript ? [...namesOf(transcript)] : [];
}

function findNames(transcript: string): readonly string[] {
  const found = new Set<string>();
  for (const pattern of SLOT_PATTERNS) {
    for (const m of transcript.matchAll(pattern)) {
      const word = m[1]!.toLowerCase();
      if (!STOPWORDS.has(word)) found.add(word);
    }
  }
  // Capitalised words after the first: names in providers that keep case (Google), never the first word.
  const words = transcript.split(/\s+/).slice(1);
  let german: boolean | undefined;
  for (const w of words) {
    const clean = w.replace(/[^\p{L}-]/gu, '');
    if (
      /^\p{Lu}\p{Ll}{2,}$/u.test(clean) &&
      !STOPWORDS.has(clean.toLowerCase()) &&
      !(german ??= isGermanNoun(transcript))
    ) {
      found.add(clean.toLowerCase());
    }
  }
  return [...found];
}

/** German capitalises every noun; capitalisation says nothing about names in a German sentence. */
function isGermanNoun(transcript: string): boolean {
  return /\b(?:der|die|das|den|dem|ein|eine|ist|und|mach|spiel|wie|was|bitte)\b/i.test(transcript);
}

/** How often each lower-cased word occurs across transcripts (for leave-one-out familiarity checks). */
export function vocabulary(transcripts: Iterable<string | undefined>): Map<string, number> {
  // Each distinct text is split once and counted as often as it occurs (a household repeats its commands);
  // words enter the map in the order they first occur, as when every transcript was split.
  const times = new Map<string, number>();
  for (const t of transcripts) if (t) times.set(t, (times.get(t) ?? 0) + 1);
  const counts = new Map<string, number>();
  for (const [t, n] of times)
    for (const w of new Set(t.toLowerCase().split(/[^\p{L}-]+/u))) if (w) counts.set(w, (counts.get(w) ?? 0) + n);
  return counts;
}
