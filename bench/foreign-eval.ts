// Measures foreign-capture detection and voice clustering on generated households (real espeak-ng speech):
// precision and recall of the `foreign` flag with a hidden stranger batch, false flags without one,
// clustering purity, and decode + analyse time per clip. Run: npx tsx bench/foreign-eval.ts [seeds]

import { analyseAudio } from '../shared/audio/analyse';
import { decodeAudio } from '../shared/audio/decode';
import { FOREIGN_THRESHOLD } from '../shared/foreign/score';
import { COMMANDS_DE, hasSpeechTools, speak } from '../test/unit/audio/espeak';
import { evaluate, generateHousehold, type Scenario } from '../test/unit/foreign/household';

if (!hasSpeechTools()) {
  console.error('foreign-eval: espeak-ng and sox are needed to generate speech; skipped.');
  process.exit(0);
}

const seeds = Array.from({ length: Number(process.argv[2] ?? 5) }, (_, i) => i + 1);
const scenarios: Scenario[] = ['no-strangers', 'new-device', 'stranger-account', 'stranger-archive'];
const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');

console.log(`threshold ${FOREIGN_THRESHOLD}, seeds ${seeds.join(',')}, 12 captures per person`);
console.log('scenario          captures  strangers  TP  FP  FN  precision  recall  purity  voices');
for (const scenario of scenarios) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let n = 0;
  let strangers = 0;
  let purity = 0;
  let voices = 0;
  for (const seed of seeds) {
    const h = await generateHousehold(scenario, seed);
    const m = evaluate(h, FOREIGN_THRESHOLD);
    tp += m.truePositives;
    fp += m.falsePositives;
    fn += m.falseNegatives;
    n += h.captures.length;
    strangers += h.captures.filter((c) => c.truth === 'stranger').length;
    purity += m.purity / seeds.length;
    voices += h.clustering.voices.length / seeds.length;
  }
  const row = [
    scenario.padEnd(17),
    String(n).padStart(8),
    String(strangers).padStart(10),
    String(tp).padStart(3),
    String(fp).padStart(3),
    String(fn).padStart(3),
  ];
  console.log(
    `${row.join(' ')}  ${pct(tp / (tp + fp)).padStart(9)}  ${pct(tp / (tp + fn)).padStart(6)}  ${purity.toFixed(3)}  ${voices.toFixed(1)}`,
  );
}

// Cost per clip: decode + analyse, on ~2.5 s of speech (16 kHz WAV as Home Assistant stores it).
const clips = COMMANDS_DE.map((t) => speak(t, { voice: 'de+f2', pitch: 50, speed: 165 }));
for (const bytes of clips) analyseAudio(await decodeAudio(bytes)); // warm up JIT and Meyda's filter banks
let audioMs = 0;
const t0 = performance.now();
for (let round = 0; round < 5; round++) {
  for (const bytes of clips) audioMs += (await decodeAudio(bytes)).durationMs;
}
const decodeMs = performance.now() - t0;
const decoded = await Promise.all(clips.map((b) => decodeAudio(b)));
const t1 = performance.now();
for (let round = 0; round < 5; round++) for (const d of decoded) analyseAudio(d);
const analyseMs = performance.now() - t1;
const per25 = (ms: number) => ((ms / audioMs) * 2500).toFixed(2);
console.log(
  `decode: ${per25(decodeMs)} ms, analyse: ${per25(analyseMs)} ms per 2.5 s of audio (${(audioMs / 1000).toFixed(0)} s measured)`,
);
