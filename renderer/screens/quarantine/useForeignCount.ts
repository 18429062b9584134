// How many captures are quarantined (flagged `foreign`), for the navigation badge and the overview: the
// population LibraryProvider counts once per library.

import { useLibrary } from '../../library/LibraryProvider';

export function useForeignCount(): number {
  return useLibrary().population?.foreign ?? 0;
}
