// The filter worker's side, driven through its messages: it answers each filter request for the newest
// library, sends the local clock, answers a query that came before the search index again once the index
// is built, and never answers for a library it has been told is gone.
import { describe, expect, it, vi } from 'vitest';
import { buildColumns } from '../../../../renderer/library/columns';
import { filterHost, filterResult } from '../../../../renderer/library/filter-engine';
import type { FilterEvent } from '../../../../renderer/library/filter-protocol';
import { EMPTY_FILTERS, type Filters } from '../../../../renderer/library/filters';
import type { Capture } from '../../../../shared/model';

const capture = (id: string, iso: string, transcript: string, roomId?: string): Capture => ({
  id,
  source: 'alexa-history',
  ts: Date.parse(iso),
  roomId,
  transcript,
  transcriptStatus: 'ok',
  category: 'weather',
  categoryConfidence: 1,
  flags: [],
  importIds: [],
});
const CAPTURES = [
  capture('a', '2026-03-02T07:00:00Z', 'Wie wird das Wetter', 'kitchen'),
  capture('b', '2026-03-02T18:30:00Z', 'Licht in der Küche an', 'kitchen'),
  capture('c', '2026-03-03T18:45:00Z', 'Spiel Musik', 'bath'),
];
const ROOMS = [
  { id: 'kitchen', name: 'Küche', kind: 'kitchen' as const, private: false },
  { id: 'bath', name: 'Bad', kind: 'bathroom' as const, private: true },
];

function host() {
  const events: FilterEvent[] = [];
  let release: () => void = () => undefined;
  const transcriptsRead = new Promise<void>((resolve) => (release = resolve));
  const handle = filterHost({
    loadTranscripts: async () => {
      await transcriptsRead;
      return CAPTURES.map((c) => ({ id: c.id, transcript: c.transcript! }));
    },
    post: (event) => events.push(event),
    transfer: () => [],
  });
  const columns = buildColumns(CAPTURES, ROOMS, []);
  const ids = (event: FilterEvent | undefined) =>
    event?.type === 'result' ? [...event.visible].map((i) => columns.ids[i]) : null;
  const filter = (generation: number, seq: number, filters: Partial<Filters>) =>
    handle({ type: 'filter', generation, seq, filters: { ...EMPTY_FILTERS, ...filters } });
  return { events, handle, columns, ids, filter, buildIndex: release };
}

describe('the filter worker', () => {
  it('answers filters with visible captures and kind counts, not facet counts (counted where a menu shows them)', async () => {
    const { events, handle, columns, ids, filter } = host();
    handle({ type: 'columns', generation: 1, columns, timeZone: 'Europe/Berlin', indexDelayMs: 10_000 });
    filter(1, 1, { rooms: ['kitchen'] });
    const answer = events.at(-1)!;
    expect(ids(answer)).toEqual(['a', 'b']);
    if (answer.type !== 'result') throw new Error('no result');
    expect(Object.keys(answer).sort()).toEqual(['generation', 'kinds', 'searching', 'seq', 'type', 'visible']);
    expect([...filterResult(columns, answer.visible, answer.kinds, false).facets.rooms.slice(0, 2)]).toEqual([2, 0]);
    expect(answer.kinds[0]).toBe(2);
    expect(answer.searching).toBe(false);
    // The local clock follows, and weekday/hour filters use it: 19:30 and 19:45 in Berlin.
    await vi.waitFor(() => expect(events.some((e) => e.type === 'clock' && e.clock.hour[1] === 19)).toBe(true));
    filter(1, 2, { hour: 19 });
    expect(ids(events.at(-1))).toEqual(['b', 'c']);
  });

  it('answers a query typed before the index exists again once it is built', async () => {
    const { events, handle, columns, ids, filter, buildIndex } = host();
    handle({ type: 'columns', generation: 1, columns, timeZone: 'UTC', indexDelayMs: 10_000 });
    filter(1, 1, { q: 'kueche' });
    const early = events.at(-1)!;
    expect(early.type === 'result' && early.searching).toBe(true);
    expect(ids(early)).toEqual([]);
    buildIndex();
    // Answered again once the index is built.
    await vi.waitFor(() =>
      expect(events.filter((e) => e.type === 'result').at(-1)).toMatchObject({ searching: false }),
    );
    const late = events.filter((e) => e.type === 'result').at(-1)!;
    expect(late.type === 'result' && late.searching).toBe(false);
    expect(ids(late)).toEqual(['b']);
  });

  it('ignores requests for a library that has been replaced', () => {
    const { events, handle, columns, filter } = host();
    handle({ type: 'columns', generation: 1, columns, timeZone: 'UTC', indexDelayMs: 10_000 });
    handle({ type: 'columns', generation: 2, columns, timeZone: 'UTC', indexDelayMs: 10_000 });
    filter(1, 1, {});
    expect(events.filter((e) => e.type === 'result')).toHaveLength(0);
    filter(2, 2, {});
    expect(events.filter((e) => e.type === 'result')).toHaveLength(1);
  });
});
