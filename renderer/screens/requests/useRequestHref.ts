// Link to the requests screen (or one request's editor) that keeps the current filters. Its own module so
// the screen and the cards it renders do not import each other.

import { hrefFor } from '../../app/router';
import { useFilters } from '../../library/FilterProvider';
import { filtersToParams } from '../../library/filters';

export function useRequestHref(): (id?: string) => string {
  const { filters } = useFilters();
  return (id) => hrefFor('requests', filtersToParams(filters, new URLSearchParams(id ? { request: id } : {})));
}
