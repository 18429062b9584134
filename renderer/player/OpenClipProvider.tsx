// Which clip is open in the player, and moving through the current filter: next, previous, and
// "play all" (hands-free listening through every visible clip in time order).

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useFilters } from '../library/FilterProvider';

export interface OpenClipValue {
  /** Index into the library columns, or null. */
  openIndex: number | null;
  open(index: number | null): void;
  next(): boolean;
  previous(): boolean;
  playAll: boolean;
  setPlayAll(on: boolean): void;
  /** The list's order; "next" follows what the user sees. */
  newestFirst: boolean;
  setNewestFirst(on: boolean): void;
}

const OpenClipContext = createContext<OpenClipValue | null>(null);

/** Position of `index` in the sorted `visible` array (binary search), or -1. */
export function positionOf(visible: Uint32Array, index: number): number {
  let lo = 0;
  let hi = visible.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = visible[mid]!;
    if (value === index) return mid;
    if (value < index) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export function OpenClipProvider({ children }: { children: ReactNode }) {
  const { visible } = useFilters();
  const [openIndex, setOpenIndex] = useState<number | null>(null);
  const [playAll, setPlayAll] = useState(false);
  const [newestFirst, setNewestFirst] = useState(true);

  const step = useCallback(
    (step: number) => {
      const delta = newestFirst ? -step : step;
      if (openIndex === null) {
        if (!visible.length) return false;
        setOpenIndex(visible[newestFirst ? visible.length - 1 : 0]!);
        return true;
      }
      const position = positionOf(visible, openIndex);
      const target = visible[position + delta];
      if (target === undefined) return false;
      setOpenIndex(target);
      return true;
    },
    [openIndex, visible, newestFirst],
  );

  const value = useMemo<OpenClipValue>(
    () => ({
      openIndex,
      open: setOpenIndex,
      next: () => step(1),
      previous: () => step(-1),
      playAll,
      setPlayAll,
      newestFirst,
      setNewestFirst,
    }),
    [openIndex, step, playAll, newestFirst],
  );
  return <OpenClipContext.Provider value={value}>{children}</OpenClipContext.Provider>;
}

export function useOpenClip(): OpenClipValue {
  const value = useContext(OpenClipContext);
  if (!value) throw new Error('useOpenClip outside OpenClipProvider');
  return value;
}
