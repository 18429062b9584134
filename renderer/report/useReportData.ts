// Loads the captures of the chosen scope from the database whenever the library or (for the filter scope) the
// visible set changes. A newer request wins: answers to older ones are dropped.

import { useEffect, useState } from 'react';
import { loadReportData, type ReportData } from '../db/repos/report-data';
import { useFilters } from '../library/FilterProvider';
import { useLibrary } from '../library/LibraryProvider';
import type { ReportScope } from './build';

export interface ReportDataState {
  data: ReportData | null;
  loading: boolean;
  error: string | null;
}

export function useReportData(scope: ReportScope): ReportDataState {
  const { columns, version } = useLibrary();
  const { visible } = useFilters();
  const [state, setState] = useState<ReportDataState>({ data: null, loading: true, error: null });
  const inScope = scope === 'filter' ? visible : null;

  useEffect(() => {
    if (!columns) return;
    let cancelled = false;
    setState((s) => ({ ...s, loading: true }));
    const ids = inScope ? Array.from(inScope, (i) => columns.ids[i]!) : null;
    loadReportData(ids).then(
      (data) => {
        if (!cancelled) setState({ data, loading: false, error: null });
      },
      (error: unknown) => {
        if (!cancelled) setState({ data: null, loading: false, error: (error as Error).message });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [columns, version, inScope]);

  return state;
}
