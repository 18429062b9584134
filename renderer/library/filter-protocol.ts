// Typed messages between FilterProvider and filter.worker.ts, which filters the columnar index and runs
// full-text search off the UI thread (docs/architecture.md: no task over 50 ms on the main thread).

import type { ClipColumns } from './columns';
import type { Filters, LocalClock } from './filters';

export type FilterRequest =
  /** A new library (or time zone): the worker copies the columns, computes the local clock and, after a
   * short delay (or at once when a query needs it), builds the search index from IndexedDB. */
  | { type: 'columns'; generation: number; columns: ClipColumns; timeZone: string; indexDelayMs: number }
  | { type: 'filter'; generation: number; seq: number; filters: Filters };

export interface FacetCounts {
  rooms: Uint32Array;
  categories: Uint32Array;
  sources: Uint32Array;
  flags: Uint32Array;
  devices: Uint32Array;
  voices: Uint32Array;
}

export interface FilterResult {
  /** Column positions of the captures that pass every filter, in time order. */
  visible: Uint32Array;
  /** Captures per record kind passing every other filter (index: CAPTURE_KINDS). */
  kinds: Uint32Array;
  /** Counts per facet value among `visible`. */
  facets: FacetCounts;
  /** A text query is waiting for the search index (nothing matches until it is built). */
  searching: boolean;
}

/** What the worker sends for a request: the facet counts are counted where a menu shows them. */
export type FilterAnswer = Omit<FilterResult, 'facets'>;

export type FilterEvent =
  | { type: 'clock'; generation: number; clock: LocalClock }
  | ({ type: 'result'; generation: number; seq: number } & FilterAnswer)
  | { type: 'error'; message: string };

/** What a filter worker and its stand-in (no Worker in the test DOM) share: a message port. */
export interface FilterPort {
  postMessage(message: FilterRequest, transfer?: Transferable[]): void;
  onmessage: ((message: MessageEvent<FilterEvent>) => void) | null;
  terminate(): void;
}

/** The typed arrays of an answer, moved (not copied) to the UI thread. */
export function resultTransfer(answer: FilterAnswer): Transferable[] {
  return [answer.visible.buffer, answer.kinds.buffer];
}
