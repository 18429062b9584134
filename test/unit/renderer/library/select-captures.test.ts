// The one pass that yields the visible captures and the counts per record kind agrees with the filters read
// literally, capture by capture, over random libraries and random filter combinations.
import { describe, expect, it } from 'vitest';
import { seedCaptures, ROOMS, DEVICES } from '../../../../bench/data/library';
import { random } from '../../../../bench/data/random';
import { buildColumns } from '../../../../renderer/library/columns';
import {
  applyFilters,
  EMPTY_FILTERS,
  kindCounts,
  localClock,
  selectCaptures,
  type Filters,
} from '../../../../renderer/library/filters';
import { CAPTURE_KINDS, CATEGORIES, FLAGS, SOURCES, kindOf, type Capture } from '../../../../shared/model';

const ZONE = 'Europe/Berlin';

function library(seed: number): Capture[] {
  const rand = random(seed);
  return seedCaptures(600, seed).map((c) => ({
    ...c,
    kind: rand() < 0.2 ? CAPTURE_KINDS[Math.floor(rand() * CAPTURE_KINDS.length)] : undefined,
    source: rand() < 0.5 ? 'alexa-archive' : 'alexa-history',
    flags: rand() < 0.05 ? [...c.flags, 'foreign'] : c.flags,
    voiceId: rand() < 0.3 ? `voice-${Math.floor(rand() * 3)}` : undefined,
    roomId: rand() < 0.05 ? undefined : c.roomId,
  }));
}

function randomFilters(rand: () => number, captures: Capture[]): Filters {
  const some = <T>(values: readonly T[], p: number) => (rand() < p ? values.filter(() => rand() < 0.4) : []);
  const ts = captures.map((c) => c.ts).sort((a, b) => a - b);
  const at = (q: number) => ts[Math.floor(q * (ts.length - 1))]!;
  return {
    ...EMPTY_FILTERS,
    from: rand() < 0.3 ? at(rand() * 0.5) : undefined,
    to: rand() < 0.3 ? at(0.5 + rand() * 0.5) : undefined,
    rooms: some([...ROOMS.map((r) => r.id), ''], 0.3),
    devices: some(
      DEVICES.map((d) => d.id),
      0.2,
    ),
    sources: some(SOURCES, 0.2),
    categories: some(CATEGORIES, 0.3),
    flags: rand() < 0.3 ? [FLAGS[Math.floor(rand() * FLAGS.length)]!] : [],
    voices: some(['voice-0', 'voice-1', 'voice-2'], 0.2),
    weekday: rand() < 0.2 ? Math.floor(rand() * 7) : undefined,
    hour: rand() < 0.2 ? Math.floor(rand() * 24) : undefined,
    foreign: rand() < 0.3,
    kinds: some(CAPTURE_KINDS, 0.3),
  };
}

/** The filters read literally on one capture, the kind aside. */
function passesAllButKind(c: Capture, f: Filters, weekday: number, hour: number, hit: boolean): boolean {
  const sources = new Set([c.source, ...(c.sources ?? []).map((s) => s.source)]);
  return (
    (f.from === undefined || c.ts >= f.from) &&
    (f.to === undefined || c.ts < f.to) &&
    (f.foreign || f.flags.includes('foreign') || !c.flags.includes('foreign')) &&
    f.flags.every((flag) => c.flags.includes(flag)) &&
    (!f.rooms.length || f.rooms.includes(c.roomId ?? '')) &&
    (!f.devices.length || f.devices.includes(c.deviceId ?? '')) &&
    (!f.sources.length || f.sources.some((s) => sources.has(s))) &&
    (!f.categories.length || f.categories.includes(c.category)) &&
    (!f.voices.length || f.voices.includes(c.voiceId ?? '')) &&
    (f.weekday === undefined || weekday === f.weekday) &&
    (f.hour === undefined || hour === f.hour) &&
    hit
  );
}

describe('selecting captures in one pass', () => {
  it('yields exactly the captures and kind counts the filters describe', () => {
    for (let seed = 1; seed <= 4; seed++) {
      const captures = library(seed);
      const columns = buildColumns(captures, ROOMS, DEVICES);
      const clock = localClock(columns, ZONE);
      const byId = new Map(captures.map((c) => [c.id, c]));
      const rand = random(seed * 31);
      for (let round = 0; round < 60; round++) {
        const filters = randomFilters(rand, captures);
        const hits = rand() < 0.3 ? Uint8Array.from({ length: columns.count }, () => (rand() < 0.5 ? 1 : 0)) : null;
        const { visible, kinds } = selectCaptures(columns, filters, clock, hits);
        const wanted = new Set(filters.kinds.length ? filters.kinds : ['capture']);
        const expected: number[] = [];
        const expectedKinds = new Uint32Array(CAPTURE_KINDS.length);
        for (let i = 0; i < columns.count; i++) {
          const c = byId.get(columns.ids[i]!)!;
          if (!passesAllButKind(c, filters, clock.weekday[i]!, clock.hour[i]!, !hits || hits[i] === 1)) continue;
          expectedKinds[CAPTURE_KINDS.indexOf(kindOf(c))]!++;
          if (wanted.has(kindOf(c))) expected.push(i);
        }
        expect([...visible]).toEqual(expected);
        expect([...kinds]).toEqual([...expectedKinds]);
        expect([...applyFilters(columns, filters, clock, hits)]).toEqual(expected);
        expect([...kindCounts(columns, filters, clock, hits)]).toEqual([...expectedKinds]);
      }
    }
  });
});
