// Foreign-capture precision/recall and voice clusters through the real app pipeline (generated exports →
// ingest → enrichLibrary), over seeds, both languages, with and without a hidden stranger batch, and with one
// of the household's own Echos unregistered (bought after the registration export).
// Run: npx tsx bench/foreign-app-eval.ts [--seeds 1,2,3] [--captures 40] [--verbose]

import { evaluateAppHousehold, type NewDevice } from '../test/unit/foreign/app-household';
import { hasSpeechTools } from '../test/unit/audio/espeak';

if (!hasSpeechTools()) {
  console.error('foreign-app-eval: espeak-ng, sox and ffmpeg are needed to generate households; skipped.');
  process.exit(0);
}
const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const seeds = (arg('--seeds') ?? '1,2,3,4,5').split(',').map(Number);
const captures = Number(arg('--captures') ?? 40);
const verbose = process.argv.includes('--verbose');

const scenarios: { stranger: boolean; newDevice: NewDevice }[] = [
  { stranger: true, newDevice: 'none' },
  { stranger: false, newDevice: 'none' },
  { stranger: false, newDevice: 'kitchen' },
  { stranger: false, newDevice: 'kids' },
  { stranger: true, newDevice: 'kitchen' },
];
const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
console.log(`seeds ${seeds.join(',')}, ${captures} household captures each`);
console.log(
  'lang scenario                      captures strangers TP  FP  FN  precision recall recall(evidence) voices-right',
);
for (const household of ['de', 'en'] as const) {
  for (const s of scenarios) {
    let [n, strangers, withEvidence, tp, fp, fn, fnEvidence, voicesRight] = [0, 0, 0, 0, 0, 0, 0, 0];
    for (const seed of seeds) {
      const r = await evaluateAppHousehold({ ...s, household, seed, captures, out: 'test/fixtures/out/bench-foreign' });
      n += r.captures;
      strangers += r.strangers;
      withEvidence += r.strangersWithEvidence;
      tp += r.tp;
      fp += r.fp;
      fn += r.fn;
      fnEvidence += r.fnWithEvidence;
      if (r.voicesRight) voicesRight++;
      if (verbose) {
        for (const line of r.falsePositives) console.log(`  seed ${seed} FP ${line}`);
        for (const v of r.voices)
          console.log(`  seed ${seed} voice ${JSON.stringify([...v.people])} ${v.pitch} Hz${v.child ? ' child' : ''}`);
      }
    }
    const name = `${s.stranger ? 'stranger' : 'no-stranger'}${s.newDevice === 'none' ? '' : `+new-${s.newDevice}-device`}`;
    const recallEvidence = withEvidence > 0 ? (withEvidence - fnEvidence) / withEvidence : NaN;
    console.log(
      `${household}   ${name.padEnd(31)}${String(n).padStart(7)}${String(strangers).padStart(10)}${String(tp).padStart(4)}` +
        `${String(fp).padStart(4)}${String(fn).padStart(4)}  ${f3(tp / (tp + fp)).padStart(9)} ${f3(tp / (tp + fn)).padStart(6)}` +
        ` ${f3(recallEvidence).padStart(16)} ${voicesRight}/${seeds.length}`,
    );
  }
}
