// The overview says what it cannot know, and views count only the home's own recordings unless asked.
import { describe, expect, it } from 'vitest';
import { buildColumns } from '../../../renderer/library/columns';
import { applyFilters, EMPTY_FILTERS, kindCounts, localClock } from '../../../renderer/library/filters';
import { overviewStats } from '../../../renderer/library/overview-stats';
import { CAPTURE_KINDS } from '../../../shared/model';
import { given } from '../report/builders';

const stats = (captures: ReturnType<typeof given.capture>[]) => {
  const { rooms, devices } = given.household();
  const columns = buildColumns(captures, rooms, devices);
  const visible = applyFilters(columns, EMPTY_FILTERS, null, null);
  return { columns, visible, stats: overviewStats(columns, visible, localClock(columns, 'Europe/Berlin')) };
};

describe('the overview says what is unknown', () => {
  it('counts the accidental share only over captures whose export says why', () => {
    const archiveOnly = stats([
      given.capture({ at: '2025-01-01T10:00:00Z' }), // no text, no reason: missing
      given.capture({ at: '2025-01-01T11:00:00Z' }),
    ]);
    expect(archiveOnly.stats.accidentalKnown).toBe(0);
    expect(archiveOnly.stats.withoutText).toBe(2);

    const mixed = stats([
      given.capture({ at: '2025-01-01T10:00:00Z', transcriptStatus: 'not-intended', flags: ['accidental'] }),
      given.capture({ at: '2025-01-01T11:00:00Z', transcript: 'wie wird das wetter' }),
      given.capture({ at: '2025-01-01T12:00:00Z' }),
    ]);
    expect([mixed.stats.accidental, mixed.stats.accidentalKnown, mixed.stats.total]).toEqual([1, 2, 3]);
  });

  it('counts night captures per private room only', () => {
    const { stats: s, columns } = stats([
      given.capture({ at: '2025-01-11T23:30:00Z', room: 'bath', flags: ['night', 'private-room'] }),
      given.capture({ at: '2025-01-11T23:40:00Z', room: 'kitchen', flags: ['night'] }),
    ]);
    expect(s.nightPrivate).toBe(1);
    expect(s.nightPerRoom.map((r) => columns.rooms[r.roomIndex]!.name)).toEqual(['Bad']);
  });
});

describe('record kinds in views', () => {
  it('show only the home’s recordings by default and the rest through the kind filter', () => {
    const { columns, visible } = stats([
      given.capture({ at: '2025-01-01T10:00:00Z' }),
      given.capture({ at: '2025-01-01T10:00:01Z', kind: 'other-device' }),
      given.capture({ at: '2025-01-01T11:00:00Z', kind: 'assistant' }),
      given.capture({ at: '2025-01-01T12:00:00Z', kind: 'voice-training' }),
    ]);
    expect(visible.length).toBe(1);
    const counts = kindCounts(columns, EMPTY_FILTERS, null, null);
    expect(Object.fromEntries(CAPTURE_KINDS.map((k, i) => [k, counts[i]]))).toMatchObject({
      capture: 1,
      'other-device': 1,
      assistant: 1,
      'voice-training': 1,
    });
    expect(applyFilters(columns, { ...EMPTY_FILTERS, kinds: ['assistant'] }, null, null).length).toBe(1);
  });
});
