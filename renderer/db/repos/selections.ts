// Named selections the household saves from the selection tray ("Bathroom at night", "Kids' questions") and
// opens again later. Stored as capture ids, so they survive re-imports; ids of purged clips simply no longer
// match anything.

import { getDb } from '../db';
import type { StoredSelection } from '../records';

/** Saves under a name; a selection with the same name (ignoring case) is replaced, not duplicated. */
export async function saveSelection(name: string, clipIds: Iterable<string>): Promise<StoredSelection> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('a saved selection needs a name');
  const db = getDb();
  return db.transaction('rw', db.selections, async () => {
    const existing = (await db.selections.toArray()).find((s) => s.name.toLowerCase() === trimmed.toLowerCase());
    const selection: StoredSelection = {
      id: existing?.id ?? crypto.randomUUID(),
      name: trimmed,
      clipIds: [...new Set(clipIds)],
      createdAt: Date.now(),
    };
    await db.selections.put(selection);
    return selection;
  });
}

export async function listSelections(): Promise<StoredSelection[]> {
  return (await getDb().selections.toArray()).sort((a, b) => a.name.localeCompare(b.name));
}

export async function deleteSelection(id: string): Promise<void> {
  await getDb().selections.delete(id);
}
