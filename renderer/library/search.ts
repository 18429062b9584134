// Full-text search over transcripts with MiniSearch: German and English words, umlauts folded
// (“Küche” finds “kuche” and “kueche”), prefix and fuzzy matching for typos. Documents are keyed by their
// index in the library's columns, so a query yields a mask the filter loop reads by position instead of
// a Set of 100,000 string ids to hash per keystroke.

import MiniSearch from 'minisearch';

export interface SearchDoc {
  /** Index into ClipColumns (`columns.ids[id]` is the capture id). */
  id: number;
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

function createIndex(): MiniSearch<SearchDoc> {
  return new MiniSearch<SearchDoc>({
    fields: ['transcript'],
    storeFields: [],
    tokenize,
    processTerm: (term) => foldTerm(term) || null,
    // Exact words (and their beginnings) by default: "Wetter" must not quietly find "weiter". Similar spellings
    // only when the user asks for them (searchMask's `similar`), and the search box says so.
    searchOptions: { prefix: true, combineWith: 'AND' },
  });
}

/** The search index, built in small chunks (~10 ms each) that yield to the event loop, so input stays responsive. */
export async function buildSearchIndexAsync(
  docs: readonly SearchDoc[],
  chunkSize = 500,
): Promise<MiniSearch<SearchDoc>> {
  const index = createIndex();
  await index.addAllAsync(docs, { chunkSize });
  return index;
}

/** Capture ids → column positions; transcripts of captures not in these columns are left out. */
export function searchDocs(
  transcripts: readonly { id: string; transcript: string }[],
  ids: readonly string[],
): SearchDoc[] {
  const position = new Map(ids.map((id, i) => [id, i]));
  const docs: SearchDoc[] = [];
  for (const t of transcripts) {
    const i = position.get(t.id);
    if (i !== undefined) docs.push({ id: i, transcript: t.transcript });
  }
  return docs;
}

/** 1 at the column position of every matching capture. */
export function searchMask(index: MiniSearch<SearchDoc>, query: string, count: number, similar = false): Uint8Array {
  const mask = new Uint8Array(count);
  const options = similar ? { fuzzy: (term: string) => (term.length > 4 ? 0.2 : 0) } : {};
  for (const hit of index.search(query, options)) if ((hit.id as number) < count) mask[hit.id as number] = 1;
  return mask;
}

/** Ids of the matching captures (for callers without columns, e.g. tests). */
export function searchIds(index: MiniSearch<SearchDoc>, query: string, ids: readonly string[]): Set<string> {
  return new Set(index.search(query).map((hit) => ids[hit.id as number]!));
}
