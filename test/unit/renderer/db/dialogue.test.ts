// The clip panel's dialogue: a follow-up turn ("ja", a title) is shown with the turn it answers and the rest of
// its chain, from the stored captures of the same device — never a neighbouring, unrelated request.
import { useFreshDb } from './fresh-db';
import { describe, expect, it } from 'vitest';
import { dialogueTurns, getDialogue } from '../../../../renderer/db/repos/dialogue';
import { providerIntentName } from '../../../../renderer/player/ClipDialogue';
import type { Capture } from '../../../../shared/model';

const db = useFreshDb('dialogue');
const T0 = Date.UTC(2026, 2, 2, 18, 0, 0);
const turn = (id: string, seconds: number, over: Partial<Capture> = {}): Capture => ({
  id,
  source: 'alexa-history',
  ts: T0 + seconds * 1000,
  deviceId: 'G0KITCHEN',
  transcript: id,
  transcriptStatus: 'ok',
  category: 'media',
  categoryConfidence: 1,
  flags: [],
  importIds: [],
  ...over,
});

describe('dialogue turns of a capture', () => {
  const rows = [
    turn('spiel die ärzte', 0),
    turn('ja', 4, { dialogueOf: 'spiel die ärzte', categorySource: 'dialogue' }),
    turn('das zweite', 9, { dialogueOf: 'ja', categorySource: 'dialogue' }),
    turn('wie wird das wetter', 60, { category: 'weather' }),
  ];

  it('gives the whole chain in time order from any of its turns', () => {
    const ids = ['spiel die ärzte', 'ja', 'das zweite'];
    for (const id of ids) expect(dialogueTurns(rows, id).map((r) => r.id)).toEqual(ids);
  });

  it('a request no turn follows is no dialogue', () => {
    expect(dialogueTurns(rows, 'wie wird das wetter')).toEqual([]);
  });

  it('reads the turns from the library: same device only, deleted turns left out', async () => {
    await db().clips.bulkPut([
      ...rows,
      turn('nein', 5, { deviceId: 'G0BATH', dialogueOf: 'spiel die ärzte' }),
      turn('weg', 12, { dialogueOf: 'das zweite', deletedAt: 1 }),
    ]);
    const ja = (await db().clips.get('ja'))!;
    expect((await getDialogue(ja)).map((r) => r.id)).toEqual(['spiel die ärzte', 'ja', 'das zweite']);
    expect(await getDialogue((await db().clips.get('wie wird das wetter'))!)).toEqual([]);
  });

  it('names Amazon’s intent as the export writes it', () => {
    expect(providerIntentName({ provider: 'amazon', domain: 'Music', intent: 'PlayMusicIntent' })).toBe(
      'Music / PlayMusicIntent',
    );
    expect(providerIntentName({ provider: 'amazon', domain: 'Weather' })).toBe('Weather');
  });
});
