// Idempotence across imports on an English household: the same export gives the same ids, a newer export
// (more captures, same history) adds only the new ones, and Amazon + Google of one household are one library.

import { beforeAll, describe, expect, it } from 'vitest';
import { mergeResults } from '../../../shared/library/merge';
import type { GeneratedHousehold } from '../../fixtures/generate';
import { household, importPaths } from './helpers';

let older: GeneratedHousehold;
let newer: GeneratedHousehold;

beforeAll(async () => {
  older = await household('unit-en-old', { household: 'en', captures: 24 });
  newer = await household('unit-en-new', { household: 'en', captures: 36 });
}, 120_000);

const ids = async (fx: GeneratedHousehold) => {
  const outcome = await importPaths(fx.paths.all, 'Europe/London');
  return mergeResults(outcome.results).captures.map((c) => c.id);
};

describe('re-import', () => {
  it('gives identical ids for the same files', async () => {
    const first = await ids(older);
    const second = await ids(older);
    expect(first.length).toBe(older.truth.captures.length);
    expect(second).toEqual(first);
  });

  it('adds only the new captures from a newer export', async () => {
    const before = new Set(await ids(older));
    const after = await ids(newer);
    const added = after.filter((id) => !before.has(id));
    expect([...before].every((id) => after.includes(id))).toBe(true);
    expect(added.length).toBe(newer.truth.captures.length - older.truth.captures.length);
  });

  it('merges Amazon and Google exports of one household, both re-imported, into one library without duplicates', async () => {
    const a = await importPaths([...older.paths.alexaArchive, older.paths.alexaHistory], 'Europe/London');
    const g = await importPaths([older.paths.googleTakeout, older.paths.googleTakeoutHtml], 'Europe/London');
    const again = await importPaths(older.paths.all, 'Europe/London');
    const library = mergeResults([...a.results, ...g.results, ...again.results]);
    expect(library.captures).toHaveLength(older.truth.captures.length);
    expect(library.sources).toEqual(expect.arrayContaining(['alexa-archive', 'alexa-history', 'google-takeout']));
    const kitchen = library.devices.find((d) => d.name === 'Kitchen Echo')!;
    expect(library.rooms.find((r) => r.id === kitchen.roomId)?.kind).toBe('kitchen');
    expect(library.rooms.find((r) => r.name === "Lily's Room")?.kind).toBe('kids');
  });
});
