// Filtering and full-text search over one columnar index, as the filter worker runs them (and the UI thread
// for the very first result of a library, before the worker has its copy). Pure over typed arrays.

import type { ClipColumns } from './columns';
import { facetCounts, filtersQuery, localClock, selectCaptures, type Filters, type LocalClock } from './filters';
import type { FilterAnswer, FilterEvent, FilterRequest, FilterResult } from './filter-protocol';
import { buildSearchIndexAsync, searchDocs, searchMask, type SearchIndex } from './search';

export const needsClock = (filters: Filters) => filters.weekday !== undefined || filters.hour !== undefined;
export const needsIndex = (filters: Filters) => filters.q.trim() !== '';

/**
 * A result whose facet counts are counted when first read: on the UI thread only an opened facet menu reads
 * them (a pass over every visible capture per filter change otherwise), and the worker never sends them.
 */
export function filterResult(
  columns: ClipColumns,
  visible: Uint32Array,
  kinds: Uint32Array,
  searching: boolean,
): FilterResult {
  let facets: FilterResult['facets'] | null = null;
  return {
    visible,
    kinds,
    get facets() {
      return (facets ??= facetCounts(columns, visible));
    },
    searching,
  };
}

/** Answers kept per engine (each up to 4 bytes per capture): enough for back and forth, not for a tour. */
const RECENT_RESULTS = 3;

export class FilterEngine {
  private index: SearchIndex | null = null;
  /** Typing back and forth repeats queries; their masks are kept for the life of this index. */
  private readonly hits = new Map<string, Uint8Array>();
  private clockValue: LocalClock | null;
  /** The last few answers by their filters: going back (clearing a filter, Back) is answered at once. */
  private readonly recent = new Map<string, FilterResult>();

  constructor(
    readonly columns: ClipColumns,
    private readonly timeZone: string,
    clock: LocalClock | null = null,
  ) {
    this.clockValue = clock;
  }

  get clock(): LocalClock {
    this.clockValue ??= localClock(this.columns, this.timeZone);
    return this.clockValue;
  }

  get indexed(): boolean {
    return this.index !== null;
  }

  setIndex(index: SearchIndex): void {
    this.index = index;
    this.hits.clear();
    this.recent.clear();
  }

  private textHits(filters: Filters): Uint8Array | null {
    if (!needsIndex(filters)) return null;
    if (!this.index) return new Uint8Array(this.columns.count);
    const q = filters.q.trim();
    const key = `${filters.similar ? '~' : '='}${q}`;
    let mask = this.hits.get(key);
    if (!mask) {
      mask = searchMask(this.index, q, this.columns.count, filters.similar);
      if (this.hits.size >= 32) this.hits.clear();
      this.hits.set(key, mask);
    }
    return mask;
  }

  /**
   * The captures passing `filters`, their kind and facet counts. Results are shared with whoever asked before
   * for the same filters (nothing changes them; the worker's are moved to the UI thread, so it keeps none).
   */
  run(filters: Filters, remember = true): FilterResult {
    const key = filtersQuery(filters);
    const known = this.recent.get(key);
    if (known) {
      this.recent.delete(key);
      this.recent.set(key, known);
      return known;
    }
    const clock = needsClock(filters) ? this.clock : null;
    const hits = this.textHits(filters);
    const { visible, kinds } = selectCaptures(this.columns, filters, clock, hits);
    const result = filterResult(this.columns, visible, kinds, hits !== null && !this.index);
    if (remember && !result.searching) {
      this.recent.set(key, result);
      if (this.recent.size > RECENT_RESULTS) this.recent.delete(this.recent.keys().next().value!);
    }
    return result;
  }
}

export interface FilterHostDeps {
  /** Every visible capture's transcript (the worker reads them from IndexedDB itself). */
  loadTranscripts(): Promise<{ id: string; transcript: string }[]>;
  post(event: FilterEvent, transfer?: Transferable[]): void;
  transfer(answer: FilterAnswer): Transferable[];
}

/**
 * The worker's side: one engine per library generation; filter requests are answered in order, the clock
 * is sent as soon as it is computed, and a query that arrives before the index exists is answered again
 * once the index is built.
 */
export function filterHost(deps: FilterHostDeps): (request: FilterRequest) => void {
  let engine: FilterEngine | null = null;
  let generation = -1;
  let last: Extract<FilterRequest, { type: 'filter' }> | null = null;
  let startIndex: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const answer = (request: Extract<FilterRequest, { type: 'filter' }>) => {
    if (!engine || request.generation !== generation) return;
    // Not remembered: its arrays are moved to the UI thread with the answer, without facet counts (the UI
    // thread counts them from `visible` when a menu shows them).
    const { visible, kinds, searching } = engine.run(request.filters, false);
    const answer = { visible, kinds, searching };
    deps.post({ type: 'result', generation, seq: request.seq, ...answer }, deps.transfer(answer));
  };

  return (request) => {
    if (request.type === 'columns') {
      clearTimeout(timer);
      const current = new FilterEngine(request.columns, request.timeZone);
      engine = current;
      generation = request.generation;
      last = null;
      let started = false;
      startIndex = () => {
        if (started) return;
        started = true;
        clearTimeout(timer);
        void deps
          .loadTranscripts()
          .then((transcripts) => buildSearchIndexAsync(searchDocs(transcripts, current.columns.ids)))
          .then((index) => {
            if (engine !== current) return;
            current.setIndex(index);
            if (last && needsIndex(last.filters)) answer(last);
          })
          .catch((error: unknown) =>
            deps.post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
          );
      };
      timer = setTimeout(startIndex, request.indexDelayMs);
      // The clock after the first answer's turn: it is the slowest part and no first paint needs it.
      setTimeout(() => {
        if (engine !== current) return;
        const clock = current.clock;
        deps.post({ type: 'clock', generation: request.generation, clock: { ...clock } });
      }, 0);
      return;
    }
    last = request;
    if (needsIndex(request.filters) && engine && !engine.indexed) startIndex?.();
    answer(request);
  };
}
