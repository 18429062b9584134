// Saved selections (named, replaced by name) and the tray's selection summary, also on 50,000 clips (its
// speed is measured by `npm run bench`).
// First: installs the fake IndexedDB before Dexie is loaded.
import { useFreshDb } from '../db/fresh-db';
import { describe, expect, it } from 'vitest';

import { deleteSelection, listSelections, saveSelection } from '../../../../renderer/db/repos/selections';
import { buildColumns } from '../../../../renderer/library/columns';
import { summarizeSelection } from '../../../../renderer/selection/selection-summary';
import { CATEGORIES, type Capture, type Room } from '../../../../shared/model';

useFreshDb('selections');

describe('saved selections', () => {
  it('saves, lists by name, replaces a selection of the same name and deletes', async () => {
    await saveSelection('Nachts im Bad', ['a', 'b', 'a']);
    const kids = await saveSelection('Kinderfragen', ['c']);
    const replaced = await saveSelection(' nachts im bad ', ['d']);
    const list = await listSelections();
    expect(list.map((s) => [s.name, s.clipIds])).toEqual([
      ['Kinderfragen', ['c']],
      ['nachts im bad', ['d']],
    ]);
    expect(list).toHaveLength(2);
    expect(replaced.id).not.toBe(kids.id);
    await deleteSelection(kids.id);
    expect((await listSelections()).map((s) => s.name)).toEqual(['nachts im bad']);
    await expect(saveSelection('  ', ['x'])).rejects.toThrow();
  });
});

describe('selection summary', () => {
  const rooms: Room[] = [
    { id: 'bath', name: 'Bad', kind: 'bathroom', private: true },
    { id: 'kitchen', name: 'Küche', kind: 'kitchen', private: false },
  ];
  const clip = (i: number): Capture => ({
    id: `c${i}`,
    source: 'alexa-history',
    ts: 1_700_000_000_000 + i * 60_000,
    ...(i % 5 === 0 ? {} : { roomId: i % 2 ? 'bath' : 'kitchen' }),
    transcriptStatus: 'ok',
    category: CATEGORIES[i % 3]!,
    categoryConfidence: 1,
    flags: [],
    importIds: [],
  });

  it('counts rooms, categories and the time span of the selected clips only', () => {
    const columns = buildColumns(
      Array.from({ length: 10 }, (_, i) => clip(i)),
      rooms,
      [],
    );
    const mask = new Uint8Array(10);
    for (const i of [1, 2, 3, 5, 6]) mask[i] = 1;
    const summary = summarizeSelection(columns, mask);
    expect(summary.count).toBe(5);
    expect(summary.rooms).toEqual([
      { roomId: 'bath', name: 'Bad', count: 2 },
      { roomId: 'kitchen', name: 'Küche', count: 2 },
      { roomId: '', name: null, count: 1 },
    ]);
    expect(summary.categories.map((c) => [c.category, c.count])).toEqual([
      [CATEGORIES[0], 2],
      [CATEGORIES[2], 2],
      [CATEGORIES[1], 1],
    ]);
    expect([summary.from, summary.to]).toEqual([columns.ts[1], columns.ts[6]]);
    expect(summarizeSelection(columns, new Uint8Array(10))).toEqual({ count: 0, rooms: [], categories: [] });
  });

  it('summarises 50,000 selected clips', () => {
    const columns = buildColumns(
      Array.from({ length: 50_000 }, (_, i) => clip(i)),
      rooms,
      [],
    );
    const mask = new Uint8Array(50_000).fill(1);
    const summary = summarizeSelection(columns, mask);
    expect(summary.count).toBe(50_000);
    expect(summary.rooms.reduce((sum, r) => sum + r.count, 0)).toBe(50_000);
  });
});
