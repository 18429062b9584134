// The one filter state all views share. It lives in the URL (so a view can be linked and reloaded) and
// in the settings table (so it survives a restart), and yields the visible capture indexes.

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type MiniSearch from 'minisearch';
import { usePreferences } from '../app/preferences';
import { useLocation } from '../app/router';
import { loadSetting, saveSetting } from '../db/repos/settings';
import { loadTranscripts } from '../db/repos/clips';
import { useLibrary } from './LibraryProvider';
import { applyFilters, EMPTY_FILTERS, filtersFromParams, filtersToParams, localClock, type Filters, type LocalClock } from './filters';
import { buildSearchIndex, searchIds, type SearchDoc } from './search';

export interface FilterValue {
  filters: Filters;
  setFilters(next: Filters | ((current: Filters) => Filters)): void;
  visible: Uint32Array;
  clock: LocalClock | null;
  /** Query string of the current filters, for links between views. */
  query: string;
  searching: boolean;
}

const FilterContext = createContext<FilterValue | null>(null);
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
  const { columns, version } = useLibrary();
  const { timeZone } = usePreferences();
  const location = useLocation();
  const [index, setIndex] = useState<{ version: number; index: MiniSearch<SearchDoc> } | null>(null);
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

  const clock = useMemo(() => (columns ? localClock(columns, timeZone) : null), [columns, timeZone]);

  const needsIndex = filters.q.trim() !== '';
  const indexReady = index !== null && index.version === version;
  const searching = needsIndex && !indexReady;
  useEffect(() => {
    if (!needsIndex || indexReady) return;
    let cancelled = false;
    void loadTranscripts().then((docs) => {
      if (!cancelled) setIndex({ version, index: buildSearchIndex(docs) });
    });
    return () => {
      cancelled = true;
    };
  }, [needsIndex, indexReady, version]);

  const textHits = useMemo(() => {
    if (!needsIndex) return null;
    if (!index || !indexReady) return new Set<string>();
    return searchIds(index.index, filters.q.trim());
  }, [needsIndex, index, indexReady, filters.q]);

  const visible = useMemo(
    () => (columns ? applyFilters(columns, filters, clock, textHits) : new Uint32Array()),
    [columns, filters, clock, textHits],
  );

  const query = useMemo(() => filtersToParams(filters).toString(), [filters]);
  const value = useMemo(() => ({ filters, setFilters, visible, clock, query, searching }), [filters, setFilters, visible, clock, query, searching]);
  return <FilterContext.Provider value={value}>{children}</FilterContext.Provider>;
}

export function useFilters(): FilterValue {
  const value = useContext(FilterContext);
  if (!value) throw new Error('useFilters outside FilterProvider');
  return value;
}

export { EMPTY_FILTERS };
