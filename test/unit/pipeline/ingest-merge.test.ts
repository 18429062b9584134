// The import pipeline against a library it merges into (a fake sink standing for the app's database): a new
// record of a recording the library holds merges into that clip, and flags are recomputed with the clip's
// stored audio facts and the library's own rooms.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectUserFiles } from '../../../electron/cli/node-input';
import type { CaptureAudioFacts } from '../../../shared/pipeline/enrich';
import { ingest, type IngestItem } from '../../../shared/pipeline/ingest';
import type { Capture, Room } from '../../../shared/model';

const dir = mkdtempSync(join(tmpdir(), 'earshot-ingest-merge-'));
afterAll(() => rmSync(dir, { recursive: true, force: true, maxRetries: 5 }));

const SERIAL = 'G0911W0793362TD';
const TS = Date.UTC(2026, 2, 2, 7, 14, 4, 419);
const UID = `A3S5BH2HU6VAYF:1.0/2026/03/02/07/${SERIAL}/14:04::TNIH_2V.7276c990-50f0-44c6-b276-c4a78cdf6924ZXV/0`;

function writeHistory(): string {
  const file = join(dir, 'voice-history.json');
  const record = {
    recordKey: `A3NSX4MMJVG96V#${TS}#A3S5BH2HU6VAYF#${SERIAL}`,
    recordType: 'VOICE_HISTORY',
    timestamp: TS,
    customerId: 'A3NSX4MMJVG96V',
    device: { deviceName: 'Bad Echo Dot' },
    utteranceType: 'GENERAL',
    voiceHistoryRecordItems: [
      { recordItemType: 'ASR_REPLACEMENT_TEXT', utteranceId: UID, timestamp: TS, transcriptText: '' },
    ],
  };
  writeFileSync(file, JSON.stringify({ customerHistoryRecords: [record] }));
  return file;
}

const bathroom: Room = { id: 'room-bath', name: 'Badezimmer oben', kind: 'bathroom', private: true };
const library: Capture = {
  id: 'archive-clip',
  source: 'alexa-archive',
  ts: TS - 419,
  deviceId: SERIAL,
  roomId: bathroom.id,
  transcriptStatus: 'missing',
  audioId: 'archive-clip',
  audioName: `All Data Categories.2.zip/Voice/${SERIAL}_2026-03-02T07_14_04.000Z.wav`,
  category: 'unclear',
  categoryConfidence: 0,
  flags: [],
  importIds: ['run-1'],
  sources: [{ source: 'alexa-archive', recordId: `${SERIAL}_2026-03-02T07_14_04.000Z.wav`, importId: 'run-1' }],
};

async function run(audioFacts?: Map<string, CaptureAudioFacts>): Promise<IngestItem[]> {
  const staged: IngestItem[] = [];
  await ingest(
    await collectUserFiles([writeHistory()]),
    {
      stage: async (items) => (staged.push(...items), 0),
      existing: async (from, to) => (library.ts >= from && library.ts <= to ? [library] : []),
      rooms: async () => [bathroom],
      ...(audioFacts ? { audioFacts: async (ids) => new Map([...audioFacts].filter(([id]) => ids.includes(id))) } : {}),
    },
    { importId: 'run-2', timeZone: 'Europe/Berlin', analyseAudio: false },
  );
  return staged;
}

describe('ingest into an existing library', () => {
  it('merges into the library clip, keeps its room, and recomputes flags with its stored audio facts', async () => {
    const staged = await run(new Map([['archive-clip', { speechShare: 0.8, pitchHz: 310, durationMs: 900 }]]));
    expect(staged).toHaveLength(1);
    const [{ capture }] = staged as [IngestItem];
    expect(capture.id).toBe('archive-clip');
    expect(capture.providerRecordId).toBe(UID);
    expect(capture.sources?.map((s) => s.source)).toEqual(['alexa-archive', 'alexa-history']);
    expect(capture.flags).toContain('private-room');
    expect(capture.flagReasons?.find((r) => r.flag === 'child')?.kind).toBe('pitch');
  });

  it('without stored audio facts the audio cannot speak for the clip', async () => {
    const [{ capture }] = (await run()) as [IngestItem];
    expect(capture.flags).not.toContain('child');
  });
});
