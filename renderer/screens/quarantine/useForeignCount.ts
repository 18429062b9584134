// How many captures are quarantined (flagged `foreign`), for the navigation badge: one pass over the
// columnar index's flag bits.

import { useMemo } from 'react';
import { flagBit } from '../../library/columns';
import { useLibrary } from '../../library/LibraryProvider';

export function useForeignCount(): number {
  const { columns } = useLibrary();
  return useMemo(() => {
    if (!columns) return 0;
    const bit = flagBit('foreign');
    let n = 0;
    for (let i = 0; i < columns.count; i++) if (columns.flags[i]! & bit) n++;
    return n;
  }, [columns]);
}
