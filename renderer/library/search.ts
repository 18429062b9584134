// Full-text search over transcripts with MiniSearch: German and English words, umlauts folded
// (“Küche” finds “kuche” and “kueche”), prefix and fuzzy matching for typos.

import MiniSearch from 'minisearch';

export interface SearchDoc {
  id: string;
  transcript: string;
}

/** Lower case, ß → ss, ä/ö/ü → a/o/u; "ae/oe/ue" spellings are folded the same way so both match. */
export function foldTerm(term: string): string {
  return term
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/([aou])e/g, '$1');
}

const tokenize = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

export function buildSearchIndex(docs: Iterable<SearchDoc>): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>({
    fields: ['transcript'],
    storeFields: [],
    tokenize,
    processTerm: (term) => foldTerm(term) || null,
    searchOptions: { prefix: true, fuzzy: (term) => (term.length > 4 ? 0.2 : 0), combineWith: 'AND' },
  });
  index.addAll([...docs]);
  return index;
}

export function searchIds(index: MiniSearch<SearchDoc>, query: string): Set<string> {
  return new Set(index.search(query).map((hit) => String(hit.id)));
}
