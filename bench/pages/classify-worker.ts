// Benchmark worker (bundled by bench/lib/bundle.ts): loads the shipped classifier model the way the app's
// workers do, then classifies (1) 100,000 all-distinct transcripts — the headline figure, since the
// classifier's memo cannot help there — and (2) the same number of varied household transcripts that
// repeat, as a real history does, through a fresh classifier: the cached figure, reported separately.

import modelJson from '../../assets/classifier/model.json';
import { loadClassifier } from '../../shared/classify/model';
import { random } from '../data/random';
import { makeTranscripts } from '../data/transcripts';

/** Every text unique: a repeated transcript gets a number appended ("timer 5 minuten 48213"). */
function distinct(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  return texts.map((text, i) => {
    const unique = seen.has(text) ? `${text} ${i}` : text;
    seen.add(unique);
    return unique;
  });
}

function rate(texts: readonly string[]): { ms: number; perSecond: number; checksum: number } {
  const classifier = loadClassifier(modelJson);
  let checksum = 0;
  const started = performance.now();
  for (const text of texts) checksum += classifier.classify(text).confidence;
  const ms = performance.now() - started;
  return { ms, perSecond: (texts.length / ms) * 1000, checksum };
}

// Step by step, so the benchmark can read this thread's CPU time between the steps (bench/lib/thread-cpu.ts).
let repeated: string[] = [];
let unique: string[] = [];
let loads: number[] = [];
let fresh: ReturnType<typeof rate> | undefined;

self.onmessage = (message: MessageEvent<{ step: 'prepare' | 'distinct' | 'cached'; count: number }>) => {
  const { step, count } = message.data;
  if (step === 'prepare') {
    repeated = makeTranscripts(count, random(42)).map((t) => t.text);
    unique = distinct(repeated);
    // Model load: the first load in this worker (schema check + weights decode), then the median of five.
    loads = [];
    for (let i = 0; i < 6; i++) {
      const started = performance.now();
      loadClassifier(modelJson);
      loads.push(performance.now() - started);
    }
    return self.postMessage({ step });
  }
  if (step === 'distinct') {
    fresh = rate(unique);
    return self.postMessage({ step });
  }
  const cached = rate(repeated);
  const warm = loads.slice(1).sort((a, b) => a - b);
  self.postMessage({
    step,
    count: unique.length,
    distinct: new Set(unique).size,
    ms: fresh!.ms,
    perSecond: fresh!.perSecond,
    cachedCount: repeated.length,
    cachedDistinct: new Set(repeated).size,
    cachedPerSecond: cached.perSecond,
    firstLoadMs: loads[0],
    loadMs: warm[2],
    checksum: fresh!.checksum + cached.checksum,
  });
};
