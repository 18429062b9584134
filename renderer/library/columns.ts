// The compact columnar index every view reads instead of object rows: one typed array per field,
// one slot per visible capture. Built once per library change (and cached in IndexedDB), so the
// timeline, heatmaps and counts never load 100,000 objects into React state.

import {
  CAPTURE_KINDS,
  CATEGORIES,
  FLAGS,
  kindOf,
  TRANSCRIPT_STATUSES,
  SOURCES,
  type Capture,
  type Category,
  type Device,
  type Flag,
  type Room,
} from '../../shared/model';

export const NO_REF = 0xffff;

export interface ClipColumns {
  count: number;
  ids: string[];
  /** Epoch ms UTC. Sorted ascending. */
  ts: Float64Array;
  /** Clip length in ms; 0 when unknown. */
  durationMs: Float32Array;
  /** Index into `rooms`, NO_REF when the capture has no room. */
  room: Uint16Array;
  /** Index into `devices`, NO_REF when unknown. */
  device: Uint16Array;
  /** Index into SOURCES (the capture's first source). */
  source: Uint8Array;
  /**
   * Bit i set ⇔ a record of SOURCES[i] was merged into the capture (archive and voice history of one
   * recording: both bits). Absent in indexes cached before merged captures existed; see sourceBits().
   */
  sourceMask?: Uint8Array;
  /** Index into CATEGORIES. */
  category: Uint8Array;
  /** Bit i set ⇔ FLAGS[i] is set. */
  flags: Uint16Array;
  /** Index into `voices`, NO_REF when unknown. */
  voice: Uint16Array;
  /** Index into CAPTURE_KINDS (views default to `capture`). */
  kind: Uint8Array;
  /** Index into TRANSCRIPT_STATUSES (`missing`: the export does not say why there is no text). */
  status: Uint8Array;
  rooms: Room[];
  devices: Device[];
  voices: string[];
}

export const categoryIndex = (category: Category): number => CATEGORIES.indexOf(category);
export const flagBit = (flag: Flag): number => 1 << FLAGS.indexOf(flag);

/** The sources of capture `i` as a bit mask over SOURCES. */
export function sourceBits(columns: ClipColumns, i: number): number {
  return columns.sourceMask ? columns.sourceMask[i]! : 1 << columns.source[i]!;
}

export function flagsToMask(flags: readonly Flag[]): number {
  let mask = 0;
  for (const flag of flags) mask |= flagBit(flag);
  return mask;
}

export function maskToFlags(mask: number): Flag[] {
  return FLAGS.filter((_, i) => (mask & (1 << i)) !== 0);
}

/** Builds the index from capture rows (sorted by time here, whatever order they come in). */
export function buildColumns(
  captures: readonly Capture[],
  rooms: readonly Room[],
  devices: readonly Device[],
): ClipColumns {
  const sorted = [...captures].sort((a, b) => a.ts - b.ts);
  const n = sorted.length;
  const roomIndex = new Map(rooms.map((r, i) => [r.id, i]));
  const deviceIndex = new Map(devices.map((d, i) => [d.id, i]));
  const voices: string[] = [];
  const voiceIndex = new Map<string, number>();
  const columns: ClipColumns = {
    count: n,
    ids: new Array<string>(n),
    ts: new Float64Array(n),
    durationMs: new Float32Array(n),
    room: new Uint16Array(n),
    device: new Uint16Array(n),
    source: new Uint8Array(n),
    sourceMask: new Uint8Array(n),
    category: new Uint8Array(n),
    flags: new Uint16Array(n),
    voice: new Uint16Array(n),
    kind: new Uint8Array(n),
    status: new Uint8Array(n),
    rooms: [...rooms],
    devices: [...devices],
    voices,
  };
  sorted.forEach((c, i) => {
    columns.ids[i] = c.id;
    columns.ts[i] = c.ts;
    columns.durationMs[i] = c.durationMs ?? 0;
    columns.room[i] = c.roomId !== undefined ? (roomIndex.get(c.roomId) ?? NO_REF) : NO_REF;
    columns.device[i] = c.deviceId !== undefined ? (deviceIndex.get(c.deviceId) ?? NO_REF) : NO_REF;
    columns.source[i] = SOURCES.indexOf(c.source);
    let sourceMask = 1 << columns.source[i]!;
    for (const ref of c.sources ?? []) sourceMask |= 1 << SOURCES.indexOf(ref.source);
    columns.sourceMask![i] = sourceMask;
    columns.category[i] = categoryIndex(c.category);
    columns.flags[i] = flagsToMask(c.flags);
    columns.kind[i] = CAPTURE_KINDS.indexOf(kindOf(c));
    columns.status[i] = Math.max(0, TRANSCRIPT_STATUSES.indexOf(c.transcriptStatus));
    if (c.voiceId !== undefined) {
      let v = voiceIndex.get(c.voiceId);
      if (v === undefined) {
        v = voices.length;
        voices.push(c.voiceId);
        voiceIndex.set(c.voiceId, v);
      }
      columns.voice[i] = v;
    } else columns.voice[i] = NO_REF;
  });
  return columns;
}
