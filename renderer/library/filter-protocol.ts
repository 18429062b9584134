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

export type FilterEvent =
  | { type: 'clock'; generation: number; clock: LocalClock }
  | ({ type: 'result'; generation: number; seq: number } & FilterResult)
  | { type: 'error'; message: string };

/** What a filter worker and its stand-in (no Worker in the test DOM) share: a message port. */
export interface FilterPort {
  postMessage(message: FilterRequest, transfer?: Transferable[]): void;
  onmessage: ((message: MessageEvent<FilterEvent>) => void) | null;
  terminate(): void;
}

/** The typed arrays of a result, moved (not copied) to the UI thread. */
export function resultTransfer(result: FilterResult): Transferable[] {
  const f = result.facets;
  return [result.visible, result.kinds, f.rooms, f.categories, f.sources, f.flags, f.devices, f.voices].map(
    (a) => a.buffer,
  );
}
