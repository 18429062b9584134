// Synthetic ClipColumns for the dev harness and the frame-time measurement: n captures over two years with a
// daily rhythm, written straight into typed arrays (no 100k objects).

import { NO_REF, flagBit, type ClipColumns } from '../library/columns';
import { CATEGORIES, type Device, type Room } from '../../shared/model';

const ROOMS: Room[] = [
  { id: 'kitchen', name: 'Küche', kind: 'kitchen', private: false },
  { id: 'living', name: 'Wohnzimmer', kind: 'living', private: false },
  { id: 'bedroom', name: 'Schlafzimmer', kind: 'bedroom', private: true },
  { id: 'bath', name: 'Bad', kind: 'bathroom', private: true },
  { id: 'kids', name: 'Kinderzimmer', kind: 'kids', private: false },
  { id: 'office', name: 'Büro', kind: 'office', private: false },
];

/** Deterministic PRNG (mulberry32) so screenshots and measurements are repeatable. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Weight of each local hour (people talk to speakers mornings and evenings).
const HOUR_WEIGHT = [1, 1, 0.5, 0.3, 0.3, 1, 4, 8, 6, 4, 4, 5, 6, 4, 3, 3, 4, 6, 9, 10, 9, 7, 4, 2];

export function syntheticColumns(n: number, end = Date.UTC(2026, 5, 30)): ClipColumns {
  const random = rng(42);
  const start = end - 2 * 365 * 86_400_000;
  const totalWeight = HOUR_WEIGHT.reduce((a, b) => a + b, 0);
  const ts = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const day = Math.floor(random() * 730);
    let r = random() * totalWeight;
    let hour = 0;
    while (r > HOUR_WEIGHT[hour]! && hour < 23) r -= HOUR_WEIGHT[hour++]!;
    ts[i] = start + day * 86_400_000 + (hour - 1) * 3_600_000 + random() * 3_600_000;
  }
  ts.sort();
  const devices: Device[] = ROOMS.map((room) => ({
    id: `echo-${room.id}`,
    name: `Echo ${room.name}`,
    registered: true,
    roomId: room.id,
    provider: 'amazon',
  }));
  const columns: ClipColumns = {
    count: n,
    ids: Array.from({ length: n }, (_, i) => `syn-${i}`),
    ts,
    durationMs: new Float32Array(n),
    room: new Uint16Array(n),
    device: new Uint16Array(n),
    source: new Uint8Array(n),
    category: new Uint8Array(n),
    flags: new Uint16Array(n),
    voice: new Uint16Array(n).fill(NO_REF),
    kind: new Uint8Array(n),
    status: new Uint8Array(n),
    rooms: ROOMS,
    devices,
    voices: [],
  };
  const roomWeights = [0.3, 0.3, 0.12, 0.05, 0.1, 0.08];
  for (let i = 0; i < n; i++) {
    let r = random();
    let room = 0;
    while (room < roomWeights.length && r > roomWeights[room]!) r -= roomWeights[room++]!;
    columns.room[i] = room >= ROOMS.length ? NO_REF : room;
    columns.device[i] = room >= ROOMS.length ? NO_REF : room;
    columns.category[i] = Math.floor(random() ** 1.6 * CATEGORIES.length);
    columns.durationMs[i] = 1500 + random() * 6000;
    let flags = 0;
    if (random() < 0.08 + (room === 2 ? 0.1 : 0)) flags |= flagBit('accidental');
    if (random() < 0.02) flags |= flagBit('foreign');
    if (random() < 0.03) flags |= flagBit('sensitive:health');
    columns.flags[i] = flags;
  }
  return columns;
}
