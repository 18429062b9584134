// The filters every view shares, their URL form, and how they select captures from the columnar index.
// Pure functions over typed arrays: one pass, no objects per capture.

import {
  CAPTURE_KINDS,
  CATEGORIES,
  FLAGS,
  SOURCES,
  type CaptureKind,
  type Category,
  type Flag,
  type Source,
} from '../../shared/model';
import { civilDay, DAY, HOUR, weekdayOfCivilDay, zoneClock } from '../../shared/time/zones';
import { NO_REF, type ClipColumns } from './columns';

export interface Filters {
  from?: number;
  to?: number;
  /** Room ids; '' means "no room". */
  rooms: string[];
  devices: string[];
  sources: Source[];
  categories: Category[];
  /** Captures must carry every listed flag. */
  flags: Flag[];
  /** Voice ids (person). */
  voices: string[];
  /** Local weekday (0 = Monday) and hour, from a heatmap cell. */
  weekday?: number;
  hour?: number;
  /** Full-text query over transcripts. */
  q: string;
  /** Also match similar spellings (typos); off by default, labelled in the search box. */
  similar: boolean;
  /** Include quarantined (foreign) captures; hidden by default. */
  foreign: boolean;
  /** Record kinds to show; empty means the household's own recordings (`capture`) only. */
  kinds: CaptureKind[];
}

export const EMPTY_FILTERS: Filters = {
  rooms: [],
  devices: [],
  sources: [],
  categories: [],
  flags: [],
  voices: [],
  q: '',
  similar: false,
  foreign: false,
  kinds: [],
};

const list = (params: URLSearchParams, key: string) => (params.get(key) ?? '').split(',').filter(Boolean);
const num = (params: URLSearchParams, key: string) => {
  const value = params.get(key);
  return value !== null && value !== '' && Number.isFinite(Number(value)) ? Number(value) : undefined;
};

export function filtersFromParams(params: URLSearchParams): Filters {
  return {
    from: num(params, 'from'),
    to: num(params, 'to'),
    rooms: list(params, 'room').map((r) => (r === '-' ? '' : r)),
    devices: list(params, 'device'),
    sources: list(params, 'source').filter((s): s is Source => (SOURCES as readonly string[]).includes(s)),
    categories: list(params, 'category').filter((c): c is Category => (CATEGORIES as readonly string[]).includes(c)),
    flags: list(params, 'flag').filter((f): f is Flag => (FLAGS as readonly string[]).includes(f)),
    voices: list(params, 'voice'),
    weekday: num(params, 'weekday'),
    hour: num(params, 'hour'),
    q: params.get('q') ?? '',
    similar: params.get('similar') === '1',
    foreign: params.get('foreign') === '1',
    kinds: list(params, 'kind').filter((k): k is CaptureKind => (CAPTURE_KINDS as readonly string[]).includes(k)),
  };
}

export function filtersToParams(filters: Filters, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  const set = (key: string, value: string | undefined) => (value ? params.set(key, value) : params.delete(key));
  set('from', filters.from?.toString());
  set('to', filters.to?.toString());
  set('room', filters.rooms.map((r) => r || '-').join(','));
  set('device', filters.devices.join(','));
  set('source', filters.sources.join(','));
  set('category', filters.categories.join(','));
  set('flag', filters.flags.join(','));
  set('voice', filters.voices.join(','));
  set('weekday', filters.weekday?.toString());
  set('hour', filters.hour?.toString());
  set('q', filters.q.trim() || undefined);
  set('similar', filters.similar && filters.q.trim() ? '1' : undefined);
  set('foreign', filters.foreign ? '1' : undefined);
  set('kind', filters.kinds.join(','));
  return params;
}

// The query string of a filters object, made once per object (filters are never changed in place): a filter
// change reads it in several places (the answer's key, the links, "is anything filtered"), and each
// URLSearchParams costs a dozen calls into the browser.
const queries = new WeakMap<Filters, string>();

/** `filtersToParams(filters).toString()`, remembered per filters object. */
export function filtersQuery(filters: Filters): string {
  let query = queries.get(filters);
  if (query === undefined) {
    query = filtersToParams(filters).toString();
    queries.set(filters, query);
  }
  return query;
}

export function isFiltered(filters: Filters): boolean {
  return filtersQuery(filters) !== '';
}

/** Local weekday (0 = Monday), hour and calendar day (days since 1970-01-01, local) of each capture. */
export interface LocalClock {
  weekday: Uint8Array;
  hour: Uint8Array;
  day: Int32Array;
}

const FOREIGN_BIT = 1 << FLAGS.indexOf('foreign');
const kindIndex = (kind: CaptureKind) => CAPTURE_KINDS.indexOf(kind);

/**
 * Captures of each kind among those passing every filter but the kind (for "7 Alexa prompts not counted" and
 * the kind facet's numbers). Indexes into CAPTURE_KINDS.
 */
export function kindCounts(
  columns: ClipColumns,
  filters: Filters,
  clock: LocalClock | null,
  textHits: Uint8Array | null,
): Uint32Array {
  return selectCaptures(columns, filters, clock, textHits).kinds;
}

/**
 * Indexes of the captures that pass every filter, in time order. `textHits` = 1 at the column position of
 * each capture matching `q` (null: no text filter).
 */
export function applyFilters(
  columns: ClipColumns,
  filters: Filters,
  clock: LocalClock | null,
  textHits: Uint8Array | null,
): Uint32Array {
  return selectCaptures(columns, filters, clock, textHits).visible;
}

/** First position in the time-sorted `ts` at or after `t`. */
function lowerBound(ts: Float64Array, t: number): number {
  let lo = 0;
  let hi = ts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ts[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Keeps the candidates whose value in `column` the table wants; returns how many are left. */
function keepWanted(candidates: Uint32Array, n: number, column: ArrayLike<number>, table: Uint8Array): number {
  let kept = 0;
  for (let k = 0; k < n; k++) {
    const i = candidates[k]!;
    if (table[column[i]!]) candidates[kept++] = i;
  }
  return kept;
}

function keepEqual(candidates: Uint32Array, n: number, column: Uint8Array, value: number): number {
  let kept = 0;
  for (let k = 0; k < n; k++) {
    const i = candidates[k]!;
    if (column[i] === value) candidates[kept++] = i;
  }
  return kept;
}

/**
 * The visible captures (`applyFilters`) and the captures per kind among those passing every filter but the
 * kind (`kindCounts`) — every filter change needs the two, and the first paint waits for them. The date range
 * is two binary searches (the columns are in time order); then one short loop per filter that is set, each
 * over the captures the ones before it kept: a filter change at 100,000 captures used to test every filter on
 * every capture in one loop, ~9 ms of the UI thread while the optimising compiler had not yet caught up.
 */
export function selectCaptures(
  columns: ClipColumns,
  filters: Filters,
  clock: LocalClock | null,
  textHits: Uint8Array | null,
): { visible: Uint32Array; kinds: Uint32Array } {
  // Wanted values as lookup tables read by index (the column values are small integers): a typed-array read
  // per capture instead of a Set lookup. An unknown id wants nothing, so that filter then passes no capture.
  const wantedRefs = (indexes: number[]) => {
    if (indexes.length === 0) return null;
    const table = new Uint8Array(NO_REF + 1);
    for (const index of indexes) if (index >= 0) table[index] = 1;
    return table;
  };
  const roomWanted = wantedRefs(
    filters.rooms.map((id) => (id === '' ? NO_REF : columns.rooms.findIndex((r) => r.id === id))),
  );
  const deviceWanted = wantedRefs(filters.devices.map((id) => columns.devices.findIndex((d) => d.id === id)));
  const categoryWanted = wantedRefs(filters.categories.map((c) => CATEGORIES.indexOf(c)));
  const voiceWanted = wantedRefs(filters.voices.map((v) => columns.voices.indexOf(v)));
  let sourceWanted = 0;
  for (const s of filters.sources) sourceWanted |= 1 << SOURCES.indexOf(s);
  const kindWanted = new Uint8Array(CAPTURE_KINDS.length);
  for (const kind of filters.kinds.length ? filters.kinds : (['capture'] as const)) kindWanted[kindIndex(kind)] = 1;
  let flagMask = 0;
  for (const flag of filters.flags) flagMask |= 1 << FLAGS.indexOf(flag);
  const showForeign = filters.foreign || filters.flags.includes('foreign');
  // Every wanted flag set and, unless foreign captures are shown, the foreign flag clear: one test.
  const flagTest = flagMask | (showForeign ? 0 : FOREIGN_BIT);
  const { ts, kind: kindColumn, flags: flagColumn } = columns;
  const lo = filters.from !== undefined ? lowerBound(ts, filters.from) : 0;
  const hi = filters.to !== undefined ? Math.max(lo, lowerBound(ts, filters.to)) : columns.count;

  // The first pass walks the date range and applies the flags; each later one narrows what it kept.
  if (scratch.length < hi - lo) scratch = new Uint32Array(columns.count);
  const candidates = scratch;
  let n = 0;
  for (let i = lo; i < hi; i++) if ((flagColumn[i]! & flagTest) === flagMask) candidates[n++] = i;
  if (roomWanted) n = keepWanted(candidates, n, columns.room, roomWanted);
  if (deviceWanted) n = keepWanted(candidates, n, columns.device, deviceWanted);
  if (categoryWanted) n = keepWanted(candidates, n, columns.category, categoryWanted);
  if (voiceWanted) n = keepWanted(candidates, n, columns.voice, voiceWanted);
  if (textHits) n = keepWanted(candidates, n, textHits, ONE);
  if (sourceWanted) {
    const { sourceMask, source } = columns;
    let kept = 0;
    for (let k = 0; k < n; k++) {
      const i = candidates[k]!;
      if ((sourceMask ? sourceMask[i]! : 1 << source[i]!) & sourceWanted) candidates[kept++] = i;
    }
    n = kept;
  }
  if (clock && filters.weekday !== undefined) n = keepEqual(candidates, n, clock.weekday, filters.weekday);
  if (clock && filters.hour !== undefined) n = keepEqual(candidates, n, clock.hour, filters.hour);

  const kinds = new Uint32Array(CAPTURE_KINDS.length);
  let shown = 0;
  for (let k = 0; k < n; k++) {
    const i = candidates[k]!;
    const kind = kindColumn[i]!;
    kinds[kind]!++;
    if (kindWanted[kind]) candidates[shown++] = i;
  }
  return { visible: candidates.slice(0, shown), kinds };
}

/** The passes' working list, kept between calls (only the answer is allocated per filter change). */
let scratch = new Uint32Array(0);

/** The table `keepWanted` reads a 0/1 mask through. */
const ONE = new Uint8Array([0, 1]);

/** Counts per facet value among the visible captures (for the live numbers next to each filter option). */
export function facetCounts(columns: ClipColumns, visible: Uint32Array) {
  const rooms = new Uint32Array(columns.rooms.length + 1);
  const categories = new Uint32Array(CATEGORIES.length);
  const sources = new Uint32Array(SOURCES.length);
  const flags = new Uint32Array(FLAGS.length);
  const devices = new Uint32Array(columns.devices.length + 1);
  const voices = new Uint32Array(columns.voices.length + 1);
  const noRoom = columns.rooms.length;
  const noDevice = columns.devices.length;
  const noVoice = columns.voices.length;
  const { room: roomColumn, device: deviceColumn, voice: voiceColumn, category, sourceMask, source } = columns;
  const flagColumn = columns.flags;
  for (let k = 0; k < visible.length; k++) {
    const i = visible[k]!;
    const room = roomColumn[i]!;
    rooms[room === NO_REF ? noRoom : room]!++;
    const device = deviceColumn[i]!;
    devices[device === NO_REF ? noDevice : device]!++;
    const voice = voiceColumn[i]!;
    voices[voice === NO_REF ? noVoice : voice]!++;
    categories[category[i]!]!++;
    // Each set bit once (lowest first), instead of testing every source and flag of every capture.
    for (let m = sourceMask ? sourceMask[i]! : 1 << source[i]!; m; m &= m - 1) sources[31 - Math.clz32(m & -m)]!++;
    for (let m = flagColumn[i]!; m; m &= m - 1) flags[31 - Math.clz32(m & -m)]!++;
  }
  return { rooms, categories, sources, flags, devices, voices };
}

/**
 * Computes local weekday/hour/day of every capture. Intl is slow (~10 µs a call); the shared zone clock
 * caches the offset per UTC day, so 100,000 captures over three years cost about a thousand Intl calls
 * instead of 100,000 (as `npm run bench` measures).
 */
export function localClock(columns: ClipColumns, timeZone: string): LocalClock {
  const clock = zoneClock(timeZone);
  const weekday = new Uint8Array(columns.count);
  const hour = new Uint8Array(columns.count);
  const day = new Int32Array(columns.count);
  for (let i = 0; i < columns.count; i++) {
    const local = clock.toLocal(columns.ts[i]!);
    const d = civilDay(local);
    day[i] = d;
    hour[i] = Math.floor((local - d * DAY) / HOUR);
    weekday[i] = weekdayOfCivilDay(d);
  }
  return { weekday, hour, day };
}
