// Every view counts one population — the home's recordings, not quarantined — and can say what it left out.
import { describe, expect, it } from 'vitest';
import { buildColumns } from '../../../renderer/library/columns';
import { applyFilters, EMPTY_FILTERS } from '../../../renderer/library/filters';
import { countPopulation, populationTotal } from '../../../renderer/library/population';
import { given } from '../report/builders';

function library() {
  const { rooms, devices } = given.household();
  const columns = buildColumns(
    [
      given.capture({ at: '2025-01-01T10:00:00Z' }),
      given.capture({ at: '2025-01-01T10:05:00Z' }),
      given.capture({ at: '2025-01-01T10:00:01Z', kind: 'other-device' }),
      given.capture({ at: '2025-01-01T11:00:00Z', kind: 'assistant' }),
      given.capture({ at: '2025-01-01T11:30:00Z', kind: 'assistant' }),
      given.capture({ at: '2025-01-01T12:00:00Z', kind: 'voice-training' }),
      given.capture({ at: '2025-01-02T12:00:00Z', flags: ['foreign'] }),
      given.capture({ at: '2025-01-02T12:01:00Z', flags: ['foreign'], kind: 'assistant' }),
    ],
    rooms,
    devices,
  );
  return columns;
}

describe('the counted population', () => {
  it('splits the library into the home’s recordings, other kinds and a stranger’s records', () => {
    const columns = library();
    const population = countPopulation(columns);
    expect(population).toEqual({
      home: 2,
      otherKinds: [
        { kind: 'other-device', count: 1 },
        { kind: 'assistant', count: 2 },
        { kind: 'voice-training', count: 1 },
      ],
      foreign: 2,
      foreignCaptures: 1,
      all: 8,
    });
    // Nothing lost: the parts add up to the library.
    const parts = population.home + population.foreign + population.otherKinds.reduce((s, k) => s + k.count, 0);
    expect(parts).toBe(population.all);
  });

  it('the "of Y" with no filter is what the unfiltered views show, and follows the kind and foreign choice', () => {
    const columns = library();
    const population = countPopulation(columns);
    expect(populationTotal(columns, EMPTY_FILTERS, population)).toBe(
      applyFilters(columns, EMPTY_FILTERS, null, null).length,
    );
    // Narrowing by room or text does not change Y; choosing a kind or the quarantine does.
    expect(populationTotal(columns, { ...EMPTY_FILTERS, q: 'licht', rooms: ['x'] }, population)).toBe(2);
    expect(populationTotal(columns, { ...EMPTY_FILTERS, kinds: ['assistant'] }, population)).toBe(2);
    expect(populationTotal(columns, { ...EMPTY_FILTERS, foreign: true }, population)).toBe(3);
    expect(populationTotal(columns, { ...EMPTY_FILTERS, flags: ['foreign'] }, population)).toBe(3);
  });
});
