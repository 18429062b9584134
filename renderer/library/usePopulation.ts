// The counted population of the library and the "of Y" for the current filters (see ./population.ts), for
// every view that shows a total. The population is counted once per library by LibraryProvider (each
// consumer counting it again cost a pass over the index per view at every change); the total again only
// when the kinds or the foreign switch change, not on every filter change.

import { useMemo } from 'react';
import type { CaptureKind } from '../../shared/model';
import { useFilters } from './FilterProvider';
import { useLibrary } from './LibraryProvider';
import { EMPTY_FILTERS } from './filters';
import { populationTotal, type Population } from './population';

export function usePopulation(): { population: Population; total: number } | null {
  const { columns, population } = useLibrary();
  const { filters } = useFilters();
  const kinds = filters.kinds.join(',');
  const foreign = filters.foreign || filters.flags.includes('foreign');
  const total = useMemo(() => {
    if (!columns || !population) return 0;
    const chosen = (kinds ? kinds.split(',') : []) as CaptureKind[];
    return populationTotal(columns, { ...EMPTY_FILTERS, kinds: chosen, foreign }, population);
  }, [columns, population, kinds, foreign]);
  return population ? { population, total } : null;
}
