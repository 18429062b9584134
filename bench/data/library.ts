// A committed library of N captures in the exact row shapes of renderer/db/db.ts (clips, rooms, devices,
// imports), for the view benchmarks: written straight into IndexedDB as a fixture, because importing
// 100,000 captures through the UI only to then measure scrolling would dominate the run.

import type { Capture, Device, ImportRun, Room } from '../../shared/model';
import { random } from './random';
import { makeTranscripts } from './transcripts';

export const SEED_IMPORT = 'bench-seed';

export const ROOMS: Room[] = [
  { id: 'room-kueche', name: 'Küche', kind: 'kitchen', private: false },
  { id: 'room-wohnzimmer', name: 'Wohnzimmer', kind: 'living', private: false },
  { id: 'room-bad', name: 'Bad', kind: 'bathroom', private: true },
  { id: 'room-schlafzimmer', name: 'Schlafzimmer', kind: 'bedroom', private: true },
  { id: 'room-mia', name: 'Mias Zimmer', kind: 'kids', private: false },
  { id: 'room-buero', name: 'Büro', kind: 'office', private: false },
];

export const DEVICES: Device[] = ROOMS.map((room, i) => ({
  id: `G0911W0793SEED${i}`,
  name: `Echo ${room.name}`,
  registered: true,
  roomId: room.id,
  provider: 'amazon',
}));

export function seedRun(count: number): ImportRun {
  return {
    id: SEED_IMPORT,
    startedAt: Date.UTC(2026, 0, 1),
    finishedAt: Date.UTC(2026, 0, 1, 0, 5),
    status: 'committed',
    sources: ['alexa-archive'],
    files: [{ name: 'bench', size: 0 }],
    counts: { captures: count, newCaptures: count, withAudio: 0, withoutAudio: count, withoutTranscript: 0 },
    warnings: [],
  };
}

/** Captures over three years, daytime-heavy, each with a room, device, category and plausible flags. */
export function seedCaptures(count: number, seed = 7): Capture[] {
  const rand = random(seed);
  const texts = makeTranscripts(count, rand);
  const start = Date.UTC(2023, 0, 1);
  const days = 3 * 365;
  return texts.map((t, i) => {
    const r = Math.floor(rand() * ROOMS.length);
    const hour = rand() < 0.08 ? Math.floor(rand() * 6) : 6 + Math.floor(rand() * 17);
    const ts = start + Math.floor((i / count) * days) * 86_400_000 + hour * 3_600_000 + Math.floor(rand() * 3_600_000);
    const flags: Capture['flags'] = [];
    if (hour < 5 || hour >= 22) flags.push('night');
    if (ROOMS[r]!.private) flags.push('private-room');
    if (rand() < 0.03) flags.push('accidental');
    return {
      id: `seed-${i.toString(36)}`,
      source: 'alexa-archive',
      ts,
      deviceId: DEVICES[r]!.id,
      roomId: ROOMS[r]!.id,
      transcript: t.text,
      transcriptStatus: 'ok',
      durationMs: 1500 + Math.floor(rand() * 2500),
      category: t.category,
      categoryConfidence: 0.9,
      flags,
      importIds: [SEED_IMPORT],
    };
  });
}
