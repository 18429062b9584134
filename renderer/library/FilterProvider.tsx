// The one filter state all views share. It lives in the URL (so a view can be linked and reloaded) and
// in the settings table (so it survives a restart), and yields the visible capture indexes.
//
// A filter change renders the views once: `useFilters()` publishes the filters together with their answer
// (the filter worker's, or the first one computed here), so a view never renders for the new URL with the
// old captures and then again. Only the inputs that show the filters themselves (the filter bar) follow the
// URL at once, through `useFilterInput()`.

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { CAPTURE_KINDS } from '../../shared/model';
import { usePreferences } from '../app/preferences';
import { useLocation } from '../app/router';
import { loadSetting, saveSetting } from '../db/repos/settings';
import type { ClipColumns } from './columns';
import { useLibrary } from './LibraryProvider';
import { FilterEngine, filterResult, needsClock, needsIndex } from './filter-engine';
import { startFilterPort } from './filter-port';
import type { FacetCounts, FilterPort, FilterResult } from './filter-protocol';
import {
  EMPTY_FILTERS,
  filtersFromParams,
  filtersQuery,
  filtersToParams,
  type Filters,
  type LocalClock,
} from './filters';

export interface FilterValue {
  filters: Filters;
  setFilters(next: Filters | ((current: Filters) => Filters)): void;
  visible: Uint32Array;
  clock: LocalClock | null;
  /** Captures per record kind passing every other filter (index: CAPTURE_KINDS). */
  kinds: Uint32Array;
  /** Counts per facet value among `visible` (counted when first read: read it where it is shown). */
  readonly facets: FacetCounts;
  /** Query string of the current filters, for links between views. */
  query: string;
  searching: boolean;
}

/** The filters as the URL holds them this moment (for the inputs that edit them), and how to change them. */
export interface FilterInputValue {
  filters: Filters;
  setFilters: FilterValue['setFilters'];
}

const FilterContext = createContext<FilterValue | null>(null);
const FilterInputContext = createContext<FilterInputValue | null>(null);

interface Answer {
  columns: ClipColumns;
  timeZone: string;
  seq: number;
  /** The filters this answer is for, as the URL writes them. */
  key: string;
  result: FilterResult;
}

interface WorkerClock {
  columns: ClipColumns;
  timeZone: string;
  clock: LocalClock;
}

const NO_RESULT: FilterResult = {
  visible: new Uint32Array(),
  kinds: new Uint32Array(CAPTURE_KINDS.length),
  facets: {
    rooms: new Uint32Array(),
    categories: new Uint32Array(),
    sources: new Uint32Array(),
    flags: new Uint32Array(),
    devices: new Uint32Array(),
    voices: new Uint32Array(),
  },
  searching: false,
};

/** The worker waits this long after the library loads before indexing, so the first views paint first. */
const INDEX_DELAY_MS = 1500;
const SETTINGS_KEY = 'filters';

function currentParams(): URLSearchParams {
  return new URLSearchParams(window.location.hash.split('?')[1] ?? '');
}

function writeParams(query: string): void {
  const [path] = window.location.hash.split('?');
  window.history.replaceState(null, '', `${path || '#/library'}${query ? `?${query}` : ''}`);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

let unsaved: string | null = null;

/**
 * Remembers the filters in the settings table in a task of its own, not in the keystroke's: a write per
 * keystroke cost the input event a Dexie transaction; changes made before it runs are written once, the last.
 */
function saveSoon(query: string): void {
  const pending = unsaved !== null;
  unsaved = query;
  if (pending) return;
  setTimeout(() => {
    const latest = unsaved!;
    unsaved = null;
    void saveSetting(SETTINGS_KEY, latest);
  }, 0);
}

export function FilterProvider({ children }: { children: ReactNode }) {
  const { columns } = useLibrary();
  const { timeZone } = usePreferences();
  const location = useLocation();
  const restored = useRef(false);

  // The URL is the one source of truth (links between views carry the filters).
  const paramsString = location.params.toString();
  const filters = useMemo(() => filtersFromParams(new URLSearchParams(paramsString)), [paramsString]);

  // Filters survive a restart: an app opened without filters in its URL gets the last ones back.
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    if (currentParams().toString()) return;
    void loadSetting<string>(SETTINGS_KEY).then((saved) => {
      if (saved && !currentParams().toString()) writeParams(saved);
    });
  }, []);

  // Filtering and search run in the filter worker (filter-engine.ts), so neither a filter change nor building
  // the search index over 100,000 transcripts blocks this thread. The worker gets its own copy of the columns
  // per library (a generation); its answers are kept only for the newest generation and request.
  const port = useRef<FilterPort | null>(null);
  const live = useRef<{ generation: number; columns: ClipColumns; timeZone: string } | null>(null);
  const seq = useRef(0);
  /** The filters (as the URL writes them) of each request still waiting for its answer, by sequence number. */
  const asked = useRef(new Map<number, string>());
  /** The last request sent, so the render that follows a keystroke does not send it again. */
  const sent = useRef<{ generation: number; key: string } | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);

  const ask = useCallback((generation: number, filters: Filters, key: string) => {
    asked.current.set(++seq.current, key);
    sent.current = { generation, key };
    port.current!.postMessage({ type: 'filter', generation, seq: seq.current, filters });
  }, []);

  const setFilters = useCallback(
    (next: Filters | ((current: Filters) => Filters)) => {
      const value = typeof next === 'function' ? next(filtersFromParams(currentParams())) : next;
      const query = filtersToParams(value).toString();
      // A text query goes to the worker before this thread renders the keystroke, so the two run side by side;
      // the filters sent are the ones the render will read from the URL.
      const current = live.current;
      if (current && port.current && needsIndex(value))
        ask(current.generation, filtersFromParams(new URLSearchParams(query)), query);
      writeParams(query);
      saveSoon(query);
    },
    [ask],
  );
  const [workerClock, setWorkerClock] = useState<WorkerClock | null>(null);

  // The worker starts when it first gets columns, after the first paint: fetching and compiling its script on
  // the second core would otherwise compete with the start-up (two cores on the machines we measure).
  const openPort = useCallback((): FilterPort => {
    if (port.current) return port.current;
    const started = startFilterPort();
    port.current = started;
    started.onmessage = ({ data }) => {
      const current = live.current;
      if (data.type === 'error') {
        console.error('filter worker:', data.message);
        return;
      }
      if (!current || data.generation !== current.generation) return;
      const { columns: forColumns, timeZone: forZone } = current;
      if (data.type === 'clock') {
        setWorkerClock({ columns: forColumns, timeZone: forZone, clock: data.clock });
        return;
      }
      const { visible, kinds, searching } = data;
      const forKey = asked.current.get(data.seq);
      if (forKey === undefined) return;
      // A query answered before the index existed is answered again when it is built: keep its filters.
      for (const key of asked.current.keys()) if (key < data.seq) asked.current.delete(key);
      const next = { columns: forColumns, timeZone: forZone, seq: data.seq, key: forKey };
      // One render of the views (~10 ms of this thread at 100,000 captures), in this task: not a transition,
      // whose slices each wait for the thread again, nor a render scheduled as a task of its own, which on a
      // busy machine waits for the thread once more. The facet counts are counted here if a menu shows them.
      flushSync(() =>
        setAnswer((prev) =>
          prev && prev.columns === forColumns && prev.seq > data.seq
            ? prev
            : { ...next, result: filterResult(forColumns, visible, kinds, searching) },
        ),
      );
    };
    return started;
  }, []);
  useEffect(
    () => () => {
      port.current?.terminate();
      port.current = null;
      live.current = null;
    },
    [],
  );

  // The worker gets the columns after the first paint: copying 100,000 captures and starting the worker
  // would otherwise compete with it, and every result without a text query is computed here anyway (below).
  const generations = useRef(0);
  const latestFilters = useRef(filters);
  useEffect(() => {
    latestFilters.current = filters;
  }, [filters]);
  useEffect(() => {
    if (!columns) return;
    const generation = ++generations.current;
    live.current = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        const worker = openPort();
        live.current = { generation, columns, timeZone };
        worker.postMessage({ type: 'columns', generation, columns, timeZone, indexDelayMs: INDEX_DELAY_MS });
        const filters = latestFilters.current;
        // This library's clock is not here yet (the worker sends it): a weekday/hour filter is the worker's.
        if (!needsIndex(filters) && !needsClock(filters)) return;
        ask(generation, filters, filtersQuery(filters));
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [columns, timeZone, openPort, ask]);

  const readyClock =
    workerClock && workerClock.columns === columns && workerClock.timeZone === timeZone ? workerClock.clock : null;
  const hasClock = readyClock !== null;
  const key = filtersQuery(filters);
  // Only a text query goes to the worker (it holds the search index), and a weekday/hour filter until the
  // worker has sent this library's clock; every other filter is answered here. A query typed in the search
  // box was sent by `setFilters` already.
  useEffect(() => {
    const current = live.current;
    if (!columns || !port.current || current?.columns !== columns) return;
    if (!needsIndex(filters) && (!needsClock(filters) || hasClock)) return;
    if (sent.current?.generation === current.generation && sent.current.key === key) return;
    ask(current.generation, filters, key);
  }, [columns, timeZone, filters, key, hasClock, ask]);
  const engine = useMemo(
    () => (columns ? new FilterEngine(columns, timeZone, readyClock) : null),
    [columns, timeZone, readyClock],
  );
  // Filters without a text query are answered on this thread, in the render the URL change starts: one pass
  // over the typed arrays takes a few ms at 100,000 captures, less than the hop to the worker and back on a
  // busy machine, and the views render once. A weekday/hour filter is the worker's until it has sent its
  // local clock (the one slow part to compute), unless nothing has been shown yet.
  const here = useMemo(
    () =>
      engine && !needsIndex(filters) && (!needsClock(filters) || readyClock)
        ? { filters, result: engine.run(filters), clock: readyClock }
        : null,
    [engine, filters, readyClock],
  );
  const fromWorker =
    answer !== null && answer.columns === columns && answer.timeZone === timeZone && answer.key === key
      ? { filters, result: answer.result }
      : null;
  const settled = here ?? fromWorker;
  // While the worker works on a text query, the views keep showing what they showed (filters and result
  // together). Adjusted during render (React re-runs this component at once, before any child renders).
  const [held, setHeld] = useState<{ filters: Filters; result: FilterResult; columns: ClipColumns } | null>(null);
  if (settled && columns && (held?.result !== settled.result || held.columns !== columns))
    setHeld({ filters: settled.filters, result: settled.result, columns });
  const kept = held && held.columns === columns ? held : null;
  // Nothing shown yet for this library (a text query restored with the filters): the first result is computed
  // here, with the clock if it needs one, so the first paint does not wait for the worker.
  const first = useMemo(() => {
    if (!engine || settled || kept) return null;
    return { filters, result: engine.run(filters), clock: needsClock(filters) ? engine.clock : null };
  }, [engine, settled, kept, filters]);
  const shownAnswer = settled ?? kept ?? first;
  const result = shownAnswer?.result ?? NO_RESULT;
  const shown = shownAnswer?.filters ?? filters;
  const clock = readyClock ?? first?.clock ?? null;
  const query = filtersQuery(shown);
  const value = useMemo(
    (): FilterValue => ({
      filters: shown,
      setFilters,
      visible: result.visible,
      kinds: result.kinds,
      // Read through: the facet counts are counted when a facet menu first shows them (filter-engine.ts).
      get facets() {
        return result.facets;
      },
      clock,
      query,
      searching: result.searching,
    }),
    [shown, setFilters, result, clock, query],
  );
  const input = useMemo(() => ({ filters, setFilters }), [filters, setFilters]);
  return (
    <FilterInputContext.Provider value={input}>
      <FilterContext.Provider value={value}>{children}</FilterContext.Provider>
    </FilterInputContext.Provider>
  );
}

export function useFilters(): FilterValue {
  const value = useContext(FilterContext);
  if (!value) throw new Error('useFilters outside FilterProvider');
  return value;
}

/** The filters as the URL holds them now: for the inputs that edit them (search box, facets, dates). */
export function useFilterInput(): FilterInputValue {
  const value = useContext(FilterInputContext);
  if (!value) throw new Error('useFilterInput outside FilterProvider');
  return value;
}

export { EMPTY_FILTERS };
