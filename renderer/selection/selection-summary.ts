// What the selection tray says about a selection: how many clips, how many per room and per category, and the
// time span — one pass over the typed columns and the selection mask, so 50,000 selected clips cost
// milliseconds, not a React render per clip.

import { CATEGORIES, type Category } from '../../shared/model';
import { NO_REF, type ClipColumns } from '../library/columns';

export interface SelectionSummary {
  count: number;
  /** Room id ('' for "no room") → count, largest first. */
  rooms: { roomId: string; name: string | null; count: number }[];
  categories: { category: Category; count: number }[];
  from?: number;
  to?: number;
}

export function summarizeSelection(columns: ClipColumns, mask: Uint8Array): SelectionSummary {
  const roomCounts = new Uint32Array(columns.rooms.length + 1);
  const categoryCounts = new Uint32Array(CATEGORIES.length);
  let count = 0;
  let from = Infinity;
  let to = -Infinity;
  const noRoom = columns.rooms.length;
  for (let i = 0; i < columns.count; i++) {
    if (mask[i] !== 1) continue;
    count++;
    const room = columns.room[i]!;
    roomCounts[room === NO_REF ? noRoom : room]!++;
    categoryCounts[columns.category[i]!]!++;
    // ts is sorted ascending: the first hit is the earliest, the last the latest.
    if (from === Infinity) from = columns.ts[i]!;
    to = columns.ts[i]!;
  }
  const rooms = [...roomCounts]
    .map((n, r) => ({
      roomId: r === noRoom ? '' : columns.rooms[r]!.id,
      name: r === noRoom ? null : columns.rooms[r]!.name,
      count: n,
    }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count);
  const categories = CATEGORIES.map((category, c) => ({ category, count: categoryCounts[c]! }))
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count);
  return { count, rooms, categories, ...(count ? { from, to } : {}) };
}
