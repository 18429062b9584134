// What every view counts by default: the recordings of the home — kind `capture`, not quarantined as another
// household's (docs/taxonomy.md, "Record kinds"). The overview's total, the list's "X of Y", the timeline,
// the heatmaps, the report's "whole library" and the selection all count this population, and each says
// what it left out (Alexa prompts, training clips, a second device's copy, a stranger's recordings).

import { CAPTURE_KINDS, FLAGS, type CaptureKind } from '../../shared/model';
import type { ClipColumns } from './columns';
import { applyFilters, EMPTY_FILTERS, type Filters } from './filters';

export interface Population {
  /** Recordings of the home: kind `capture`, not quarantined. */
  home: number;
  /** Records of other kinds (not quarantined), each kind with at least one record, in CAPTURE_KINDS order. */
  otherKinds: { kind: CaptureKind; count: number }[];
  /** Records quarantined as another household's, of any kind. */
  foreign: number;
  /** Of those, recordings (kind `capture`): what a report adds when it includes the quarantine. */
  foreignCaptures: number;
  /** Every record in the library (home + other kinds + foreign). */
  all: number;
}

const FOREIGN_BIT = 1 << FLAGS.indexOf('foreign');
const CAPTURE = CAPTURE_KINDS.indexOf('capture');

/** One pass over the index: how the library splits into the counted population and what is not counted. */
export function countPopulation(columns: ClipColumns): Population {
  const kinds = new Uint32Array(CAPTURE_KINDS.length);
  let foreign = 0;
  let foreignCaptures = 0;
  for (let i = 0; i < columns.count; i++) {
    if (columns.flags[i]! & FOREIGN_BIT) {
      foreign++;
      if (columns.kind[i] === CAPTURE) foreignCaptures++;
    } else kinds[columns.kind[i]!]!++;
  }
  return {
    home: kinds[CAPTURE]!,
    otherKinds: CAPTURE_KINDS.map((kind, i) => ({ kind, count: kinds[i]! })).filter(
      (k) => k.kind !== 'capture' && k.count > 0,
    ),
    foreign,
    foreignCaptures,
    all: columns.count,
  };
}

/**
 * The "of Y" of a view: the records the current filters could show at most — those of the chosen kinds
 * (the home's recordings when none is chosen), quarantined ones only when they are asked for — before any
 * room, time, category or text filter narrows them.
 */
export function populationTotal(columns: ClipColumns, filters: Filters, home: Population): number {
  const showForeign = filters.foreign || filters.flags.includes('foreign');
  if (!filters.kinds.length && !showForeign) return home.home;
  return applyFilters(columns, { ...EMPTY_FILTERS, kinds: filters.kinds, foreign: showForeign }, null, null).length;
}
