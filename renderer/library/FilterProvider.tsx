// The one filter state all views share. It lives in the URL (so a view can be linked and reloaded) and
// in the settings table (so it survives a restart), and yields the visible capture indexes.

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type MiniSearch from 'minisearch';
import { CAPTURE_KINDS } from '../../shared/model';
import { usePreferences } from '../app/preferences';
import { useLocation } from '../app/router';
import { loadSetting, saveSetting } from '../db/repos/settings';
import { loadTranscripts } from '../db/repos/clips';
import type { ClipColumns } from './columns';
import { useLibrary } from './LibraryProvider';
import {
  applyFilters,
  EMPTY_FILTERS,
  filtersFromParams,
  filtersToParams,
  kindCounts,
  localClock,
  type Filters,
  type LocalClock,
} from './filters';
import { buildSearchIndexAsync, searchDocs, searchMask, type SearchDoc } from './search';

export interface FilterValue {
  filters: Filters;
  setFilters(next: Filters | ((current: Filters) => Filters)): void;
  visible: Uint32Array;
  clock: LocalClock | null;
  /** Captures per record kind passing every other filter (index: CAPTURE_KINDS). */
  kinds: Uint32Array;
  /** Query string of the current filters, for links between views. */
  query: string;
  searching: boolean;
}

const FilterContext = createContext<FilterValue | null>(null);

/** Built for one columns object: a library change gives new columns and thus a new index. */
interface SearchIndexState {
  columns: ClipColumns;
  index: MiniSearch<SearchDoc>;
  hits: Map<string, Uint8Array>;
}

/** Wait this long after the library loads before indexing, so the first views paint first. */
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

export function FilterProvider({ children }: { children: ReactNode }) {
  const { columns } = useLibrary();
  const { timeZone } = usePreferences();
  const location = useLocation();
  const [index, setIndex] = useState<SearchIndexState | null>(null);
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

  const setFilters = useCallback((next: Filters | ((current: Filters) => Filters)) => {
    const value = typeof next === 'function' ? next(filtersFromParams(currentParams())) : next;
    const query = filtersToParams(value).toString();
    writeParams(query);
    void saveSetting(SETTINGS_KEY, query);
  }, []);

  // Local weekday/hour/day of 100,000 captures costs 40–100 ms; the timeline does not need it for its first
  // paint, so it is computed right after that paint — unless the filters themselves need it (then now).
  const needsClock = filters.weekday !== undefined || filters.hour !== undefined;
  const [laterClock, setLaterClock] = useState<{ columns: ClipColumns; timeZone: string; clock: LocalClock } | null>(
    null,
  );
  const readyClock =
    laterClock && laterClock.columns === columns && laterClock.timeZone === timeZone ? laterClock.clock : null;
  const clock = useMemo(
    () => readyClock ?? (columns && needsClock ? localClock(columns, timeZone) : null),
    [readyClock, columns, needsClock, timeZone],
  );
  useEffect(() => {
    if (!columns || readyClock) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setLaterClock({ columns, timeZone, clock: clock ?? localClock(columns, timeZone) }), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [columns, timeZone, readyClock, clock]);
  const filterClock = needsClock ? clock : null;

  const needsIndex = filters.q.trim() !== '';
  const indexReady = index !== null && index.columns === columns;
  const searching = needsIndex && !indexReady;
  // The index is built soon after the library loads (in chunks, off the critical path of the first paint),
  // not on the first keystroke, which used to wait ~3 s for it with 100,000 transcripts. A query typed
  // before then starts the build at once; one already running is never restarted.
  const startIndexNow = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (!columns) return;
    let cancelled = false;
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      clearTimeout(timer);
      void loadTranscripts()
        .then((transcripts) => (cancelled ? null : buildSearchIndexAsync(searchDocs(transcripts, columns.ids))))
        .then((built) => {
          if (built && !cancelled) setIndex({ columns, index: built, hits: new Map() });
        });
    };
    const timer = setTimeout(start, INDEX_DELAY_MS);
    startIndexNow.current = start;
    return () => {
      cancelled = true;
      clearTimeout(timer);
      startIndexNow.current = null;
    };
  }, [columns]);
  useEffect(() => {
    if (needsIndex && !indexReady) startIndexNow.current?.();
  }, [needsIndex, indexReady]);

  const textHits = useMemo(() => {
    if (!needsIndex) return null;
    if (!index || !indexReady || !columns) return new Uint8Array(columns?.count ?? 0);
    const q = filters.q.trim();
    const key = `${filters.similar ? '~' : '='}${q}`;
    // Typing back and forth repeats queries; their masks are kept for the life of this index.
    let mask = index.hits.get(key);
    if (!mask) {
      mask = searchMask(index.index, q, columns.count, filters.similar);
      if (index.hits.size >= 32) index.hits.clear();
      index.hits.set(key, mask);
    }
    return mask;
  }, [needsIndex, index, indexReady, columns, filters.q, filters.similar]);

  const visible = useMemo(
    () => (columns ? applyFilters(columns, filters, filterClock, textHits) : new Uint32Array()),
    [columns, filters, filterClock, textHits],
  );

  const kinds = useMemo(
    () => (columns ? kindCounts(columns, filters, filterClock, textHits) : new Uint32Array(CAPTURE_KINDS.length)),
    [columns, filters, filterClock, textHits],
  );

  const query = useMemo(() => filtersToParams(filters).toString(), [filters]);
  const value = useMemo(
    () => ({ filters, setFilters, visible, kinds, clock, query, searching }),
    [filters, setFilters, visible, kinds, clock, query, searching],
  );
  return <FilterContext.Provider value={value}>{children}</FilterContext.Provider>;
}

export function useFilters(): FilterValue {
  const value = useContext(FilterContext);
  if (!value) throw new Error('useFilters outside FilterProvider');
  return value;
}

export { EMPTY_FILTERS };
