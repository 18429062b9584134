// Node-side timings of the shared code behind the slow benchmark rows, for profiling one stage at a time
// (add `node --cpu-prof` for a profile). Not part of `npm run bench`; the archive comes from a bench run.
//   npx tsx bench/node-profile.ts classify   100,000 transcripts: throughput with and without the memo
//   npx tsx bench/node-profile.ts audio      full vs import-time (quick) analysis per clip
//   npx tsx bench/node-profile.ts ingest     the whole ingest with a no-op sink (no IndexedDB), per phase

import { existsSync, openAsBlob, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseAudio } from '../shared/audio/analyse';
import { decodeAudio } from '../shared/audio/decode';
import { analyseQuick } from '../shared/audio/quick';
import { defaultClassifier, loadClassifier } from '../shared/classify';
import { ingest } from '../shared/pipeline/ingest';
import modelJson from '../assets/classifier/model.json';
import { random } from './data/random';
import { makeTranscripts } from './data/transcripts';

const work = join(tmpdir(), 'earshot-bench');
const perSecond = (n: number, ms: number) => Math.round((n / ms) * 1000).toLocaleString('en');

async function classify() {
  const texts = makeTranscripts(100_000, random(7)).map((t) => t.text);
  // Distinct texts defeat the memo: this is the per-transcript cost.
  const distinct = texts.map((t, i) => `${t} ${i.toString(36)}`);
  for (const [name, list] of [
    ['benchmark transcripts', texts],
    ['all distinct', distinct],
  ] as const) {
    const classifier = name === 'all distinct' ? loadClassifier(modelJson) : defaultClassifier();
    const started = performance.now();
    for (const text of list) classifier.classify(text);
    console.log(
      `${name} (${new Set(list).size.toLocaleString('en')} distinct): ${perSecond(list.length, performance.now() - started)}/s`,
    );
  }
}

async function audio() {
  const dir = join(work, 'speech-cache');
  if (!existsSync(dir)) throw new Error(`run the benchmark once first (no ${dir})`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.wav'));
  const decoded = await Promise.all(files.map((f) => decodeAudio(new Uint8Array(readFileSync(join(dir, f))))));
  for (const [name, analyse] of [
    ['analyseAudio', analyseAudio],
    ['analyseQuick', analyseQuick],
  ] as const) {
    // Best of five rounds: twelve clips are too few for the first round to be past JIT warm-up.
    let took = Infinity;
    for (let round = 0; round < 5; round++) {
      const started = performance.now();
      for (const d of decoded) analyse(d);
      took = Math.min(took, performance.now() - started);
    }
    const audioMs = decoded.reduce((sum, d) => sum + d.durationMs, 0);
    console.log(
      `${name}: ${(took / decoded.length).toFixed(2)} ms per clip (${decoded.length} clips), ${Math.round(audioMs / took)}× real time on one core`,
    );
  }
}

async function ingestOnly() {
  const dir = join(work, 'archive-1');
  if (!existsSync(dir)) throw new Error(`run the benchmark once first (no ${dir})`);
  const files = await Promise.all(
    readdirSync(dir)
      .filter((n) => !n.endsWith('.json'))
      .map(async (path) => ({ path, blob: await openAsBlob(join(dir, path)), lastModified: 0 })),
  );
  const phases: Record<string, number> = {};
  let phase = 'start';
  let last = performance.now();
  const started = last;
  await ingest(
    files,
    { stage: async (items) => items.length },
    {
      importId: 'profile',
      timeZone: 'Europe/Berlin',
      deferVoiceAnalysis: process.argv[3] !== 'full',
      onProgress: (p) => {
        if (p.phase === phase) return;
        phases[phase] = performance.now() - last;
        last = performance.now();
        phase = p.phase;
      },
    },
  );
  phases[phase] = performance.now() - last;
  const rounded = Object.entries(phases).map(([k, v]) => `${k} ${Math.round(v)} ms`);
  console.log(`ingest ${Math.round(performance.now() - started)} ms: ${rounded.join(', ')}`);
}

const mode = process.argv[2];
if (mode === 'classify') await classify();
else if (mode === 'audio') await audio();
else if (mode === 'ingest') await ingestOnly();
else console.log('usage: npx tsx bench/node-profile.ts classify|audio|ingest [full]');
