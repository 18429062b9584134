// A small library with a row in every table, including Blobs, typed arrays and the user's own work
// (requests with attachments, corrections, voice names), and a comparable snapshot of all tables.
import type { Dexie } from 'dexie';
import type { EarshotDb } from '../../../../renderer/db/db';
import type { Capture } from '../../../../shared/model';

const wav = (seed: number) => {
  const bytes = new Uint8Array(2000);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + seed) & 0xff;
  return new Blob([bytes], { type: 'audio/wav' });
};

const clip = (id: string, ts: number, extra: Partial<Capture> = {}): Capture => ({
  id,
  source: 'alexa-history',
  ts,
  transcript: `alexa „licht“ ${id}`,
  transcriptStatus: 'ok',
  category: 'smarthome',
  categoryConfidence: 0.8,
  flags: ['night'],
  importIds: ['run-1'],
  deviceId: 'dev-1',
  roomId: 'room-kitchen',
  ...extra,
});

export async function seedLibrary(db: EarshotDb): Promise<void> {
  await db.open();
  await db.clips.bulkPut([
    clip('c1', 1_760_000_000_000),
    clip('c2', 1_760_000_100_000, { category: 'shopping', categoryConfidence: 1 }),
    clip('c3', 1_760_000_200_000, { deletedAt: 1_760_100_000_000 }),
  ]);
  await db.audio.bulkPut([
    { clipId: 'c1', blob: wav(1), mime: 'audio/wav', name: 'a/1.wav' },
    { clipId: 'c2', blob: wav(2), mime: 'audio/wav', name: 'a/2.wav', sha256: 'ab'.repeat(32) },
  ]);
  await db.peaks.bulkPut(
    ['c1', 'c2'].map((clipId, i) => ({
      clipId,
      peaks: new Int8Array([-5, 7, -127, 127, i]),
      durationMs: 1500,
      loudnessDb: -20.5,
      peakDb: null,
      speechShare: 0.5,
      pitchHz: 210,
      gainDb: 0,
      embedding: new Float32Array([0.25, -1.5, i]),
    })),
  );
  await db.devices.put({
    id: 'dev-1',
    name: 'Echo Küche',
    registered: true,
    roomId: 'room-kitchen',
    provider: 'amazon',
  });
  await db.rooms.put({ id: 'room-kitchen', name: 'Küche', kind: 'kitchen', private: false });
  await db.imports.put({
    id: 'run-1',
    startedAt: 1,
    finishedAt: 2,
    status: 'committed',
    sources: ['alexa-history'],
    files: [{ name: 'voice-history.json', size: 12 }],
    counts: { captures: 3, newCaptures: 3, withAudio: 2, withoutAudio: 1, withoutTranscript: 0 },
    warnings: [{ file: 'x.csv', line: 3, message: 'odd line' }],
  });
  await db.requests.put({
    id: 'req-1',
    kind: 'erasure',
    controllerId: 'amazon',
    language: 'de',
    clipIds: ['c1'],
    providerIds: { c1: 'p1' },
    createdAt: 5,
    status: 'sent',
    letterText: 'Sehr geehrte Damen und Herren,\n…',
    notes: '',
    attachments: [{ name: 'annex.csv', mime: 'text/csv', blob: new Blob(['id\nc1\n'], { type: 'text/csv' }) }],
    identity: { name: 'Anna', email: 'a@example.org', address: 'Weg 1' },
  });
  await db.selections.put({ id: 'sel-1', name: 'Nachts', clipIds: ['c1', 'c2'], createdAt: 6 });
  await db.voices.put({
    id: 'v1',
    name: 'Mia',
    named: true,
    child: true,
    size: 2,
    medianPitchHz: 280,
    sampleIds: ['c1'],
    centroid: [0.1, 0.2],
  });
  await db.settings.bulkPut([
    { key: 'libraryVersion', value: 7 },
    { key: 'language', value: 'de' },
  ]);
}

async function comparable(value: unknown): Promise<unknown> {
  if (value instanceof Blob) return { blob: value.type, bytes: [...new Uint8Array(await value.arrayBuffer())] };
  if (ArrayBuffer.isView(value)) return { [value.constructor.name]: Array.from(value as unknown as ArrayLike<number>) };
  if (Array.isArray(value)) return Promise.all(value.map(comparable));
  if (value && typeof value === 'object') {
    const entries = await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await comparable(v)] as const));
    return Object.fromEntries(entries);
  }
  return value;
}

/** Every backed-up table as plain data (Blob bytes and typed-array classes included). */
export async function snapshot(db: Dexie): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const table of db.tables)
    if (table.name !== 'columnsCache') out[table.name] = await comparable(await table.toArray());
  return out;
}
