// Search as the filter bar uses it: the index is built from transcripts keyed by column position, a query
// gives a mask, and applyFilters combines it with the other filters. Folded umlauts, prefixes and typos.
import { describe, expect, it } from 'vitest';
import { buildColumns } from '../../../../renderer/library/columns';
import { applyFilters, EMPTY_FILTERS } from '../../../../renderer/library/filters';
import { buildSearchIndexAsync, searchDocs, searchIds, searchMask } from '../../../../renderer/library/search';
import type { Capture } from '../../../../shared/model';

const capture = (id: string, ts: number, transcript: string, category: Capture['category'] = 'unclear'): Capture => ({
  id,
  source: 'alexa-history',
  ts,
  transcript,
  transcriptStatus: 'ok',
  category,
  categoryConfidence: 0.9,
  flags: [],
  importIds: [],
});

describe('search', () => {
  it('finds captures by folded words, prefixes and typos, and filters with the other facets', async () => {
    const captures = [
      capture('c', 3, 'Schalte das Licht in der Küche aus', 'smarthome'),
      capture('a', 1, 'Wie wird das Wetter morgen', 'weather'),
      capture('b', 2, 'Spiele Musik in der Kueche', 'media'),
      capture('d', 4, 'Set a timer for ten minutes', 'alarms'),
    ];
    const columns = buildColumns(captures, [], []);
    // Transcripts of captures that are not in the columns (e.g. deleted meanwhile) are left out.
    const transcripts = [...captures, capture('gone', 5, 'Küche')].map((c) => ({
      id: c.id,
      transcript: c.transcript!,
    }));
    const docs = searchDocs(transcripts, columns.ids);
    expect(docs).toHaveLength(4);
    const index = await buildSearchIndexAsync(docs, 2);

    const ids = (query: string) => [...searchIds(index, query, columns.ids)].sort();
    expect(ids('küche')).toEqual(['b', 'c']);
    expect(ids('kuche')).toEqual(['b', 'c']);
    expect(ids('wett')).toEqual(['a']);
    expect(ids('minutez')).toEqual([]); // typos only with similar spellings switched on
    expect(
      [...searchMask(index, 'minutez', columns.count, true)].flatMap((v, i) => (v ? [columns.ids[i]] : [])),
    ).toEqual(['d']);
    expect(ids('kühlschrank')).toEqual([]);

    const mask = searchMask(index, 'küche', columns.count);
    const visible = (filters = EMPTY_FILTERS) =>
      [...applyFilters(columns, filters, null, mask)].map((i) => columns.ids[i]);
    expect(visible()).toEqual(['b', 'c']);
    expect(visible({ ...EMPTY_FILTERS, categories: ['media'] })).toEqual(['b']);
    expect([...applyFilters(columns, EMPTY_FILTERS, null, null)].map((i) => columns.ids[i])).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });
});
