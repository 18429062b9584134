// The search index answers which captures match; MiniSearch, which it replaced, answered the same question
// with ranked results. Over random transcripts and queries both must select exactly the same captures:
// folded words, every query word a word's beginning, and similar spellings (one edit per 5 letters).
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { buildSearchIndexAsync, foldTerm, type SearchDoc } from '../../../../renderer/library/search';

const WORDS = [
  'Licht',
  'Küche',
  'Kueche',
  'küchen',
  'Wetter',
  'weiter',
  'Wetterbericht',
  'wecker',
  'Straße',
  'strasse',
  'timer',
  'time',
  'Musik',
  'music',
  'minutes',
  'minute',
  'Einkaufsliste',
  'alarm',
  'Alarme',
  'w',
  'é',
];
const SEPARATORS = [' ', ', ', '-', '?', ' 12 '];

function reference(docs: SearchDoc[]): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>({
    fields: ['transcript'],
    storeFields: [],
    tokenize: (text) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean),
    processTerm: (term) => foldTerm(term) || null,
    searchOptions: { prefix: true, combineWith: 'AND' },
  });
  index.addAll(docs);
  return index;
}

const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS), fc.string({ maxLength: 3 })), {
    maxLength: 6,
  })
  .map((parts) => parts.map(([word, sep, noise]) => `${word}${noise}${sep}`).join(''));
const query = fc.oneof(
  text,
  fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
  fc.constantFrom(...WORDS).chain((w) => fc.integer({ min: 1, max: w.length }).map((n) => w.slice(0, n))),
  fc.constantFrom('wettr', 'minutez', 'kuchee', 'strase', 'einkaufslste', '', '  ', '?!'),
);

describe('search index', () => {
  it('selects the same captures as MiniSearch (prefix, AND, folded; fuzzy when asked)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(text, { maxLength: 30 }),
        fc.array(query, { minLength: 1, maxLength: 8 }),
        async (texts, queries) => {
          const docs = texts.map((transcript, id) => ({ id, transcript }));
          const ours = await buildSearchIndexAsync(docs, 7);
          const theirs = reference(docs);
          for (const q of queries)
            for (const similar of [false, true]) {
              const expected = new Uint8Array(docs.length);
              const options = similar ? { fuzzy: (term: string) => (term.length > 4 ? 0.2 : 0) } : {};
              for (const hit of theirs.search(q, options)) expected[hit.id as number] = 1;
              expect([...ours.mask(q, docs.length, similar)], `${JSON.stringify(q)} similar=${similar}`).toEqual([
                ...expected,
              ]);
            }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('leaves out captures beyond the columns it is asked about', async () => {
    const index = await buildSearchIndexAsync([
      { id: 0, transcript: 'Licht an' },
      { id: 5, transcript: 'Licht aus' },
    ]);
    expect([...index.mask('licht', 3)]).toEqual([1, 0, 0]);
    expect([...index.mask('licht aus', 6)]).toEqual([0, 0, 0, 0, 0, 1]);
  });
});
