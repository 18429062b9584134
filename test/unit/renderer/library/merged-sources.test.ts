// A capture merged from the Amazon archive and the voice history counts once in the total, under both exports
// in the per-source numbers, and is found by either source filter.

import { describe, expect, it } from 'vitest';
import { buildColumns } from '../../../../renderer/library/columns';
import { applyFilters, EMPTY_FILTERS, facetCounts, localClock } from '../../../../renderer/library/filters';
import { overviewStats } from '../../../../renderer/library/overview-stats';
import { SOURCES, type Capture, type Source } from '../../../../shared/model';

const capture = (id: string, ts: number, source: Source, also: Source[] = []): Capture => ({
  id,
  source,
  ts,
  transcriptStatus: 'ok',
  category: 'media',
  categoryConfidence: 1,
  flags: [],
  importIds: [],
  sources: [{ source }, ...also.map((s) => ({ source: s }))],
});

describe('merged captures in the library index', () => {
  const columns = buildColumns(
    [
      capture('both', 1, 'alexa-archive', ['alexa-history']),
      capture('archive', 2, 'alexa-archive'),
      capture('history', 3, 'alexa-history'),
    ],
    [],
    [],
  );
  const all = applyFilters(columns, EMPTY_FILTERS, null, null);

  it('counts a merged capture once in total and under each export that holds it', () => {
    const stats = overviewStats(columns, all, localClock(columns, 'UTC'));
    expect(stats.total).toBe(3);
    expect(stats.perSource).toEqual([
      { source: 'alexa-archive', count: 2 },
      { source: 'alexa-history', count: 2 },
    ]);
    const facets = facetCounts(columns, all);
    expect(facets.sources[SOURCES.indexOf('alexa-history')]).toBe(2);
  });

  it('finds it with either source filter', () => {
    const ids = (sources: Source[]) =>
      [...applyFilters(columns, { ...EMPTY_FILTERS, sources }, null, null)].map((i) => columns.ids[i]);
    expect(ids(['alexa-history'])).toEqual(['both', 'history']);
    expect(ids(['alexa-archive'])).toEqual(['both', 'archive']);
  });
});
