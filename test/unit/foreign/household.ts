// Generates small synthetic households for the voices and foreign tests and bench/foreign-eval.ts: three
// people (one a child) speaking German through registered Echo devices, optionally a hidden stranger batch
// (other voices, unregistered devices, another account id, other rooms and names). Audio is real speech
// from espeak-ng, analysed with the real shared/audio code.

import { analyseAudio } from '../../../shared/audio/analyse';
import { decodeAudio } from '../../../shared/audio/decode';
import { scoreForeign, type ForeignInput, type ForeignScore } from '../../../shared/foreign/score';
import type { Device, Room } from '../../../shared/model';
import { clusterVoices, type VoiceClustering } from '../../../shared/voices/cluster';
import { COMMANDS_DE, COMMANDS_EN, speak, type EspeakVoice } from '../audio/espeak';

export type Scenario = 'no-strangers' | 'stranger-account' | 'stranger-archive' | 'new-device';

interface Person {
  name: string;
  voice: EspeakVoice;
  texts: readonly string[];
  devices: string[];
}

export const HOUSEHOLD: Person[] = [
  { name: 'Anna', voice: { voice: 'de+f2', pitch: 50, speed: 165 }, texts: COMMANDS_DE, devices: ['G0K1', 'G0W1'] },
  { name: 'Tom', voice: { voice: 'de+m3', pitch: 40, speed: 170 }, texts: COMMANDS_DE, devices: ['G0K1', 'G0W1'] },
  { name: 'Mia', voice: { voice: 'de+f5', pitch: 90, speed: 190 }, texts: COMMANDS_DE, devices: ['G0C1'] },
];

const STRANGER_TEXTS_DE = [
  'Ruf Kevin an',
  'Wie wird das Wetter in Hamburg',
  'Spiel Musik in der Garage',
  'Erinnere Jürgen an das Training',
  'Wann fährt der Zug nach Bremen',
  'Mach das Licht im Büro an',
] as const;

export const STRANGERS: Person[] = [
  { name: 'S1', voice: { voice: 'en+m7', pitch: 75, speed: 175 }, texts: COMMANDS_EN, devices: ['X9O1'] },
  { name: 'S2', voice: { voice: 'de+f4', pitch: 20, speed: 150 }, texts: STRANGER_TEXTS_DE, devices: ['X9G1'] },
];

export const ROOMS: Room[] = [
  { id: 'kitchen', name: 'Küche', kind: 'kitchen', private: false },
  { id: 'living', name: 'Wohnzimmer', kind: 'living', private: false },
  { id: 'kids', name: 'Kinderzimmer', kind: 'kids', private: false },
  { id: 'office', name: 'Office', kind: 'office', private: false },
  { id: 'garage', name: 'Garage', kind: 'other', private: false },
  { id: 'hall', name: 'Flur', kind: 'hallway', private: false },
];

const dev = (id: string, name: string, roomId: string, registered: boolean): Device => ({
  id,
  name,
  roomId,
  registered,
  provider: 'amazon',
});

export interface GeneratedHousehold {
  captures: (ForeignInput & { truth: 'household' | 'stranger'; person: string; pitchHz: number | null })[];
  devices: Device[];
  accountId: string;
  clustering: VoiceClustering;
  scores: Map<string, ForeignScore>;
}

/** Deterministic PRNG (mulberry32) so every run builds the same household for a seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function generateHousehold(scenario: Scenario, seed = 1, perPerson = 12): Promise<GeneratedHousehold> {
  const random = rng(seed);
  const accountId = 'A1OWNER' + seed;
  const devices = [
    dev('G0K1', 'Echo Küche', 'kitchen', true),
    dev('G0W1', 'Echo Wohnzimmer', 'living', true),
    dev('G0C1', 'Echo Dot Kinderzimmer', 'kids', true),
    dev('X9O1', 'Office Echo', 'office', false),
    dev('X9G1', 'Garage Echo Dot', 'garage', false),
  ];
  const people = [...HOUSEHOLD];
  if (scenario === 'new-device') {
    devices.push(dev('G0F1', 'Echo Flur', 'hall', false)); // bought after the registration was exported
    people[0] = { ...people[0]!, devices: ['G0K1', 'G0F1'] };
  }
  const withStrangers = scenario === 'stranger-account' || scenario === 'stranger-archive';
  const batch = withStrangers ? [...people, ...STRANGERS] : people;
  const captures: GeneratedHousehold['captures'] = [];
  let ts = Date.UTC(2024, 0, 1) + seed * 86_400_000;
  for (const person of batch) {
    const stranger = STRANGERS.includes(person);
    for (let i = 0; i < perPerson; i++) {
      const text = person.texts[Math.floor(random() * person.texts.length)]!;
      // Small per-utterance pitch and speed jitter: nobody says two things exactly alike.
      const voice = {
        ...person.voice,
        pitch: person.voice.pitch + [-4, 0, 4][Math.floor(random() * 3)]!,
        speed: person.voice.speed + [-10, 0, 10][Math.floor(random() * 3)]!,
      };
      const analysis = analyseAudio(await decodeAudio(speak(text, voice)));
      const deviceId = person.devices[Math.floor(random() * person.devices.length)]!;
      ts += Math.floor(random() * 7_200_000);
      const account = stranger ? 'A7STRANGER' : accountId;
      captures.push({
        id: `${person.name}-${seed}-${i}`,
        ts,
        deviceId,
        roomId: devices.find((d) => d.id === deviceId)!.roomId,
        transcript: text.toLowerCase(),
        embedding: analysis.embedding,
        // Voice history carries the customer id in the record key; the GDPR archive CSV has none.
        ...(scenario === 'stranger-archive' ? {} : { providerRecordId: `${account}#${ts}#A3S5BH2HU6VAYF#${deviceId}` }),
        truth: stranger ? 'stranger' : 'household',
        person: person.name,
        pitchHz: analysis.features.pitchHz,
      });
    }
  }
  const clustering = clusterVoices(captures.map((c) => ({ id: c.id, embedding: c.embedding!, pitchHz: c.pitchHz })));
  for (const c of captures) c.voiceId = clustering.voiceOf.get(c.id);
  const scores = scoreForeign(captures, { accountId, devices, rooms: ROOMS, voices: clustering.voices });
  return { captures, devices, accountId, clustering, scores };
}

export interface Metrics {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  householdFlagged: number;
  /** Share of captures whose voice cluster's majority person is their own person. */
  purity: number;
}

export function evaluate(h: GeneratedHousehold, threshold: number): Metrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const c of h.captures) {
    const flagged = h.scores.get(c.id)!.score > threshold;
    if (flagged && c.truth === 'stranger') tp++;
    else if (flagged) fp++;
    else if (c.truth === 'stranger') fn++;
  }
  let pure = 0;
  for (const v of h.clustering.voices) {
    const counts = new Map<string, number>();
    for (const c of h.captures) if (c.voiceId === v.id) counts.set(c.person, (counts.get(c.person) ?? 0) + 1);
    pure += Math.max(0, ...counts.values());
  }
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    householdFlagged: fp,
    purity: pure / h.captures.length,
  };
}
