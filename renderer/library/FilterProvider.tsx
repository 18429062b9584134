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

export function FilterProvider({ children }: { children: ReactNode }) {
  const { columns, version } = useLibrary();
  const { timeZone } = usePreferences();
  const location = useLocation();
  const [filters, setFiltersState] = useState<Filters>(() => filtersFromParams(location.params));
  const restored = useRef(location.params.toString() !== '');
  const [index, setIndex] = useState<{ version: number; index: MiniSearch<SearchDoc> } | null>(null);
  const [searching, setSearching] = useState(false);

  // Filters survive a restart: restore the saved ones when the app opens without any in the URL.
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    void loadSetting<string>(SETTINGS_KEY).then((saved) => {
      if (saved) setFiltersState(filtersFromParams(new URLSearchParams(saved)));
    });
  }, []);

  // The URL is the source of truth when the user navigates (links carry filters).
  const paramsString = location.params.toString();
  useEffect(() => {
    if (paramsString) setFiltersState(filtersFromParams(new URLSearchParams(paramsString)));
  }, [paramsString]);

  const setFilters = useCallback((next: Filters | ((current: Filters) => Filters)) => {
    setFiltersState((current) => {
      const value = typeof next === 'function' ? next(current) : next;
      const query = filtersToParams(value).toString();
      const [path] = window.location.hash.split('?');
      window.history.replaceState(null, '', `${path || '#/library'}${query ? `?${query}` : ''}`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      void saveSetting(SETTINGS_KEY, query);
      return value;
    });
  }, []);

  const clock = useMemo(() => (columns ? localClock(columns, timeZone) : null), [columns, timeZone]);

  const needsIndex = filters.q.trim() !== '';
  useEffect(() => {
    if (!needsIndex || (index && index.version === version)) return;
    let cancelled = false;
    setSearching(true);
    void loadTranscripts().then((docs) => {
      if (cancelled) return;
      setIndex({ version, index: buildSearchIndex(docs) });
      setSearching(false);
    });
    return () => {
      cancelled = true;
    };
  }, [needsIndex, index, version]);

  const textHits = useMemo(() => {
    if (!needsIndex) return null;
    if (!index) return new Set<string>();
    return searchIds(index.index, filters.q.trim());
  }, [needsIndex, index, filters.q]);

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
