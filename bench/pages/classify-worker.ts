// Benchmark worker (bundled by bench/lib/bundle.ts): loads the shipped classifier model the way the app's
// workers do and classifies 100,000 varied transcripts, timing both. Posts one result message.

import modelJson from '../../assets/classifier/model.json';
import { loadClassifier } from '../../shared/classify/model';
import { random } from '../data/random';
import { makeTranscripts } from '../data/transcripts';

self.onmessage = (message: MessageEvent<{ count: number }>) => {
  const texts = makeTranscripts(message.data.count, random(42)).map((t) => t.text);
  // Model load: the first load in this worker (schema check + weights decode), then the median of five.
  const loads: number[] = [];
  for (let i = 0; i < 6; i++) {
    const started = performance.now();
    loadClassifier(modelJson);
    loads.push(performance.now() - started);
  }
  const classifier = loadClassifier(modelJson);
  let checksum = 0;
  const started = performance.now();
  for (const text of texts) checksum += classifier.classify(text).confidence;
  const ms = performance.now() - started;
  const warm = loads.slice(1).sort((a, b) => a - b);
  self.postMessage({
    count: texts.length,
    ms,
    perSecond: (texts.length / ms) * 1000,
    firstLoadMs: loads[0],
    loadMs: warm[2],
    checksum,
  });
};
