// Varied household transcripts for the classify and search benchmarks: the fixture phrases (German and
// English, adults and children) with changed numbers, rooms and names, so 100,000 of them hold thousands
// of distinct strings, as a real multi-year history does. Pure (bundled into the benchmark worker).

import { phrasesFor } from '../../test/fixtures/household';
import type { Category } from '../../shared/model';

const ROOMS = ['küche', 'wohnzimmer', 'bad', 'flur', 'kitchen', 'living room', 'bedroom', 'hallway', 'büro'];
const NAMES = ['mama', 'papa', 'oma', 'lena', 'jonas', 'mia', 'tom', 'sarah', 'anna', 'max'];
const NUMBERS = ['zwei', 'fünf', 'zehn', 'zwanzig', 'three', 'seven', 'fifteen', 'forty', '12', '30'];

export interface Transcript {
  text: string;
  category: Category;
}

export function makeTranscripts(count: number, rand: () => number): Transcript[] {
  const pool = [
    ...phrasesFor('de', false),
    ...phrasesFor('en', false),
    ...phrasesFor('de', true),
    ...phrasesFor('en', true),
  ].filter((p) => !p.status);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const out: Transcript[] = [];
  for (let i = 0; i < count; i++) {
    const phrase = pick(pool);
    let text = phrase.text;
    const r = rand();
    if (r < 0.3) text = text.replace(/\b(zehn|sechs|einundzwanzig|ten|six|twenty one|\d+)\b/, pick(NUMBERS));
    else if (r < 0.5) text = `${text} im ${pick(ROOMS)}`;
    else if (r < 0.6) text = `${text} für ${pick(NAMES)}`;
    out.push({ text, category: phrase.category });
  }
  return out;
}
