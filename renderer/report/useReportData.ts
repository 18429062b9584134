// Loads the captures of the chosen scope from the database whenever the library or (for the filter scope) the
// visible set changes. A newer request wins: answers to older ones are dropped.

import { useEffect, useMemo, useState } from 'react';
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
  const inScope = scope === 'filter' ? visible : null;
  // The request the loaded state answers; while it differs from the current one, the data is being loaded.
  const request = useMemo(() => ({ columns, version, inScope }), [columns, version, inScope]);
  const [state, setState] = useState<{ for: unknown; data: ReportData | null; error: string | null }>({
    for: null,
    data: null,
    error: null,
  });

  useEffect(() => {
    const { columns: cols, inScope: ids } = request;
    if (!cols) return;
    let cancelled = false;
    loadReportData(ids ? Array.from(ids, (i) => cols.ids[i]!) : null).then(
      (data) => {
        if (!cancelled) setState({ for: request, data, error: null });
      },
      (error: unknown) => {
        if (!cancelled) setState({ for: request, data: null, error: (error as Error).message });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [request]);

  return { data: state.data, loading: state.for !== request, error: state.error };
}
