import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../../renderer/library/search';
import { buildSearchIndexAsync, searchMask } from '../../../renderer/library/search';
import { parseDay } from '../../../renderer/filters/day';

describe('search is exact unless similar spellings are asked for', () => {
  const docs = [
    { id: 0, transcript: 'wie wird das Wetter morgen' },
    { id: 1, transcript: 'alexa weiter' },
    { id: 2, transcript: 'Wetterbericht bitte' },
  ];
  let index: SearchIndex;
  beforeAll(async () => {
    index = await buildSearchIndexAsync(docs);
  });
  const hits = (q: string, similar = false) => [...searchMask(index, q, 3, similar)].flatMap((v, i) => (v ? [i] : []));

  it('"Wetter" finds the weather and words starting with it, not "alexa weiter"', () => {
    expect(hits('Wetter')).toEqual([0, 2]);
  });

  it('similar spellings find typos when switched on', () => {
    expect(hits('wettr')).toEqual([]);
    expect(hits('wettr', true)).toContain(0);
  });
});

describe('typed days', () => {
  it('read German, English day-first and ISO days; refuse impossible ones', () => {
    expect(parseDay('1.6.2026')).toBe('2026-06-01');
    expect(parseDay('01/06/2026')).toBe('2026-06-01');
    expect(parseDay('2026-06-01')).toBe('2026-06-01');
    expect(parseDay('')).toBe('');
    expect(parseDay('31.02.2026')).toBeNull();
    expect(parseDay('06/31/2026')).toBeNull();
  });
});
