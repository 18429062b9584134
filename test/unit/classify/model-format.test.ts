// The model file format stays loadable across versions: a model without the optional idf table (1.1 and
// earlier) loads and classifies with every bucket at weight 1; a broken idf table is refused; and the
// idf weighting changes which n-grams decide, as TF-IDF should.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countFeatures, featurise, scoreRows, type FeatureConfig } from '../../../shared/classify/features';
import { loadClassifier } from '../../../shared/classify/model';

const MODEL_PATH = new URL('../../../assets/classifier/model.json', import.meta.url);
const CONFIG: FeatureConfig = { buckets: 1 << 10, charMin: 2, charMax: 5, wordWeight: 1, blocks: true };

describe('classifier model format', () => {
  it('loads a model without an idf table, as written before version 1.2', () => {
    const { idf, ...json } = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as Record<string, unknown>;
    expect(typeof idf).toBe('string');
    const old = loadClassifier(json);
    const result = old.classify('set a timer for ten minutes');
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.category).not.toBe('unclear');
  });

  it('refuses an idf table of the wrong length', () => {
    const json = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as Record<string, unknown>;
    expect(() => loadClassifier({ ...json, idf: 'AAAA' })).toThrow(/idf/);
  });
});

describe('TF-IDF features', () => {
  it('stay unit length and silence buckets whose idf is 0', () => {
    const plain = featurise('licht im flur aus', CONFIG);
    // idf bytes in steps of 1/16, packed as the classifier packs them: in rows of 3 bytes at offset 2.
    const table = (bytes: Uint8Array) => ({ bytes, stride: 3, offset: 2, steps: 16 });
    const bytes = new Uint8Array(CONFIG.buckets * 3);
    for (let b = 0; b < CONFIG.buckets; b++) bytes[b * 3 + 2] = 16;
    const ones = featurise('licht im flur aus', CONFIG, table(bytes.slice()));
    bytes[plain.index[0]! * 3 + 2] = 0;
    const weighted = featurise('licht im flur aus', CONFIG, table(bytes));
    expect(Math.hypot(...weighted.value)).toBeCloseTo(1, 5);
    expect(weighted.value[weighted.index.indexOf(plain.index[0]!)]).toBe(0);
    // With every idf at 1 the weighting changes nothing.
    expect(Array.from(ones.value)).toEqual(Array.from(plain.value));
  });

  it('report the same features through the allocation-free list as through featurise', () => {
    const vector = featurise('wie wird das wetter morgen', CONFIG);
    const list = countFeatures('wie wird das wetter morgen', CONFIG);
    expect(Array.from(list.bucket.subarray(0, list.size))).toEqual(Array.from(vector.index));
    const scaled = Array.from(list.value.subarray(0, list.size), (v) => Math.fround(v * list.scale));
    expect(scaled).toEqual(Array.from(vector.value));
  });

  it('score a weight matrix through scoreRows to the same sums, bit for bit, as the vector times the matrix', () => {
    for (const labels of [10, 3]) {
      const stride = labels + 1;
      const rows = new Int8Array(CONFIG.buckets * stride);
      // Deterministic weights in −128…127 and idf bytes in 16…79 (idf 1…4.9).
      for (let i = 0; i < rows.length; i++) rows[i] = ((i * 2654435761) >>> 24) - 128;
      const bytes = new Uint8Array(rows.buffer);
      for (let b = 0; b < CONFIG.buckets; b++) bytes[b * stride + labels] = 16 + ((b * 40503) % 64);
      const idf = { bytes, stride, offset: labels, steps: 16 };
      for (const text of ['wie wird das wetter morgen', 'turn on the lights in the kitchen', 'stop', 'x 5 5 5']) {
        const list = countFeatures(text, CONFIG, idf);
        const expected = new Float64Array(labels);
        for (let k = 0; k < list.size; k++) {
          for (let c = 0; c < labels; c++) expected[c] += list.value[k]! * rows[list.bucket[k]! * stride + c]!;
        }
        const expectedScale = list.scale;
        const out = new Float64Array(labels);
        expect(scoreRows(text, CONFIG, idf, rows, labels, out)).toBe(expectedScale);
        expect(Array.from(out)).toEqual(Array.from(expected));
      }
    }
  });
});
