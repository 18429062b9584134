// Node-side costs of pure functions whose speed the unit tests used to assert (tests check behaviour
// only, so a busy machine cannot fail them): command grouping, waveform peaks, classifier load and the
// selection summary. Each is the median of a few runs after a warm-up.

import { readFileSync } from 'node:fs';
import { computePeaks } from '../../shared/audio/peaks';
import { groupCommands } from '../../shared/classify';
import { loadClassifier } from '../../shared/classify/model';
import { buildColumns } from '../../renderer/library/columns';
import { summarizeSelection } from '../../renderer/selection/selection-summary';
import { CATEGORIES, type Capture, type Room } from '../../shared/model';

function median(run: () => unknown, rounds: number): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

export interface UnitCosts {
  groups100kMs: number;
  peaksMs: number;
  modelLoadMs: number;
  summary50kMs: number;
}

export function measureUnits(scale: number): UnitCosts {
  const n = Math.max(1000, Math.round(100_000 * scale));
  const verbs = ['spiel', 'schalte', 'stell', 'zeig', 'mach', 'play', 'turn', 'set', 'show', 'add'];
  const objects = ['musik', 'licht', 'timer', 'wetter', 'liste', 'radio', 'lights', 'alarm', 'news', 'milk'];
  const many = Array.from({ length: n }, (_, i) => ({
    id: String(i),
    transcript: `${verbs[i % 10]} ${objects[Math.floor(i / 10) % 10]} nummer ${Math.floor(i / 100)}`,
  }));
  const samples = Float32Array.from({ length: 40_000 }, (_, i) => 0.3 * Math.sin((2 * Math.PI * 300 * i) / 16000));
  const modelJson: unknown = JSON.parse(readFileSync('assets/classifier/model.json', 'utf8'));
  const rooms: Room[] = [{ id: 'r1', name: 'Küche', kind: 'kitchen', private: false }];
  const clips = Array.from({ length: 50_000 }, (_, i): Capture => ({
    id: `c${i}`,
    source: 'alexa-history',
    ts: 1_700_000_000_000 + i * 60_000,
    roomId: 'r1',
    transcriptStatus: 'ok',
    category: CATEGORIES[i % 3]!,
    categoryConfidence: 1,
    flags: [],
    importIds: [],
  }));
  const columns = buildColumns(clips, rooms, []);
  const mask = new Uint8Array(clips.length).fill(1);
  return {
    groups100kMs: median(() => groupCommands(many), 3),
    peaksMs: median(() => computePeaks(samples, 1000), 50),
    modelLoadMs: median(() => loadClassifier(modelJson), 5),
    summary50kMs: median(() => summarizeSelection(columns, mask), 10),
  };
}
