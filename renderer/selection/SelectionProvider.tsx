// The selection of clips, shared by every view (list clicks, timeline brush, heatmap cells) and shown in
// the selection tray. Held as a Set of capture ids so it survives library reloads; select-all over
// 50,000 clips is one pass over a typed array.

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useLibrary } from '../library/LibraryProvider';

export interface SelectionValue {
  ids: ReadonlySet<string>;
  /** 1 where selected, indexed like the library columns (for canvas views). */
  mask: Uint8Array;
  /** Plain click: only this clip. Ctrl/Cmd: toggle. Shift: range from the anchor through `order`. */
  click(index: number, modifiers: { shift: boolean; toggle: boolean }, order: Uint32Array): void;
  add(indexes: ArrayLike<number>): void;
  replace(indexes: ArrayLike<number>): void;
  replaceIds(ids: Iterable<string>): void;
  clear(): void;
}

const SelectionContext = createContext<SelectionValue | null>(null);

export function SelectionProvider({ children }: { children: ReactNode }) {
  const { columns } = useLibrary();
  const [ids, setIds] = useState<ReadonlySet<string>>(new Set());
  const [anchor, setAnchor] = useState<number | null>(null);

  const idsOf = useCallback(
    (indexes: ArrayLike<number>) => {
      const out: string[] = new Array(indexes.length);
      for (let k = 0; k < indexes.length; k++) out[k] = columns!.ids[indexes[k]!]!;
      return out;
    },
    [columns],
  );

  const click = useCallback(
    (index: number, { shift, toggle }: { shift: boolean; toggle: boolean }, order: Uint32Array) => {
      if (!columns) return;
      const id = columns.ids[index]!;
      if (shift && anchor !== null) {
        const a = order.indexOf(anchor);
        const b = order.indexOf(index);
        if (a >= 0 && b >= 0) {
          const range = order.subarray(Math.min(a, b), Math.max(a, b) + 1);
          setIds((current) => new Set([...(toggle ? current : []), ...idsOf(range)]));
          return;
        }
      }
      setAnchor(index);
      setIds((current) => {
        if (!toggle) return current.size === 1 && current.has(id) ? new Set() : new Set([id]);
        const next = new Set(current);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
    },
    [columns, anchor, idsOf],
  );

  const mask = useMemo(() => {
    const out = new Uint8Array(columns?.count ?? 0);
    if (!columns || !ids.size) return out;
    for (let i = 0; i < columns.count; i++) if (ids.has(columns.ids[i]!)) out[i] = 1;
    return out;
  }, [columns, ids]);

  const value = useMemo<SelectionValue>(
    () => ({
      ids,
      mask,
      click,
      add: (indexes) => setIds((current) => new Set([...current, ...idsOf(indexes)])),
      replace: (indexes) => setIds(new Set(idsOf(indexes))),
      replaceIds: (next) => setIds(new Set(next)),
      clear: () => setIds(new Set()),
    }),
    [ids, mask, click, idsOf],
  );
  return <SelectionContext.Provider value={value}>{children}</SelectionContext.Provider>;
}

export function useSelection(): SelectionValue {
  const value = useContext(SelectionContext);
  if (!value) throw new Error('useSelection outside SelectionProvider');
  return value;
}
