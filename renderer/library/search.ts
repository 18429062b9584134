// Full-text search over transcripts: German and English words, umlauts folded (“Küche” finds “kuche” and
// “kueche”), every word of the query must match the beginning of a word (“wett” finds “Wetterbericht”),
// similar spellings (typos) on request. Documents are keyed by their index in the library's columns, so a
// query yields a mask the filter loop reads by position instead of a Set of 100,000 string ids.
//
// The index is a sorted term list with one posting list of column positions per term. The filters only ask
// which captures match, never in what order: a ranking search library (MiniSearch before) scores and sorts
// every hit, which cost a single-letter query ("w", 40,000 hits) 0.4–1.7 s of the filter worker at 100,000
// transcripts; a union of posting lists costs a few ms.

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

const WORD_SEPARATOR = /[^\p{L}\p{N}]+/u;

/** The folded words of a text, as the index and a query see them. */
function terms(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(WORD_SEPARATOR)) {
    if (!word) continue;
    const term = foldTerm(word);
    if (term) out.push(term);
  }
  return out;
}

/** Similar spellings: words of more than 4 letters may differ by one edit per 5 letters (at most 6). */
function maxEdits(term: string): number {
  return term.length > 4 ? Math.min(6, Math.round(term.length * 0.2)) : 0;
}

/** Levenshtein distance of a and b if it is at most `max`, else max + 1 (stops as soon as a row exceeds it). */
function editDistance(a: string, b: string, max: number, row: Uint16Array): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      const value = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      row[j] = value;
      diagonal = above;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
  }
  return row[b.length]!;
}

export class SearchIndex {
  constructor(
    /** Every distinct folded word, sorted. */
    private readonly words: readonly string[],
    /** Posting list of words[k]: postings[offsets[k] .. offsets[k + 1]), column positions, no repeats. */
    private readonly offsets: Uint32Array,
    private readonly postings: Uint32Array,
  ) {}

  /** Index of the first word ≥ term. */
  private lowerBound(term: string): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.words[mid]! < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Calls `each` with the index of every word the query term matches: its prefixes, and similar spellings. */
  private matching(term: string, similar: boolean, each: (word: number) => void): void {
    let k = this.lowerBound(term);
    const prefixStart = k;
    for (; k < this.words.length && this.words[k]!.startsWith(term); k++) each(k);
    const prefixEnd = k;
    const max = similar ? maxEdits(term) : 0;
    if (!max) return;
    const row = new Uint16Array(term.length + max + 2);
    for (let w = 0; w < this.words.length; w++) {
      if (w >= prefixStart && w < prefixEnd) continue;
      if (editDistance(term, this.words[w]!, max, row) <= max) each(w);
    }
  }

  /** 1 at the column position of every capture whose transcript matches every word of the query. */
  mask(query: string, count: number, similar = false): Uint8Array {
    const mask = new Uint8Array(count);
    const wanted = terms(query);
    if (wanted.length === 0) return mask;
    // matched[i] = how many of the query's words capture i has matched so far (all of them, in order).
    const matched = new Uint16Array(count);
    wanted.forEach((term, t) => {
      this.matching(term, similar, (word) => {
        const end = this.offsets[word + 1]!;
        for (let p = this.offsets[word]!; p < end; p++) {
          const i = this.postings[p]!;
          if (i < count && matched[i] === t) matched[i] = t + 1;
        }
      });
    });
    for (let i = 0; i < count; i++) if (matched[i] === wanted.length) mask[i] = 1;
    return mask;
  }
}

const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The search index, built in chunks that yield to the event loop, so requests are answered meanwhile. */
export async function buildSearchIndexAsync(docs: readonly SearchDoc[], chunkSize = 2000): Promise<SearchIndex> {
  const lists = new Map<string, number[]>();
  for (let start = 0; start < docs.length; start += chunkSize) {
    if (start > 0) await yieldToEvents();
    for (const doc of docs.slice(start, start + chunkSize)) {
      for (const term of terms(doc.transcript)) {
        let list = lists.get(term);
        if (!list) lists.set(term, (list = []));
        if (list[list.length - 1] !== doc.id) list.push(doc.id);
      }
    }
  }
  const words = [...lists.keys()].sort();
  const offsets = new Uint32Array(words.length + 1);
  let total = 0;
  words.forEach((word, k) => {
    offsets[k] = total;
    total += lists.get(word)!.length;
  });
  offsets[words.length] = total;
  const postings = new Uint32Array(total);
  words.forEach((word, k) => postings.set(lists.get(word)!, offsets[k]));
  return new SearchIndex(words, offsets, postings);
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
export function searchMask(index: SearchIndex, query: string, count: number, similar = false): Uint8Array {
  return index.mask(query, count, similar);
}

/** Ids of the matching captures (for callers without columns, e.g. tests). */
export function searchIds(index: SearchIndex, query: string, ids: readonly string[]): Set<string> {
  const mask = index.mask(query, ids.length);
  const found = new Set<string>();
  mask.forEach((hit, i) => {
    if (hit) found.add(ids[i]!);
  });
  return found;
}
