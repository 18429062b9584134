// The model file format stays loadable across versions: a model without the optional idf table (1.1 and
// earlier) loads and classifies with every bucket at weight 1; a broken idf table is refused; and the
// idf weighting changes which n-grams decide, as TF-IDF should.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countFeatures, featurise, type FeatureConfig } from '../../../shared/classify/features';
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
    const idf = new Float32Array(CONFIG.buckets).fill(1);
    idf[plain.index[0]!] = 0;
    const weighted = featurise('licht im flur aus', CONFIG, idf);
    expect(Math.hypot(...weighted.value)).toBeCloseTo(1, 5);
    expect(weighted.value[weighted.index.indexOf(plain.index[0]!)]).toBe(0);
    // With every idf at 1 the weighting changes nothing.
    const ones = featurise('licht im flur aus', CONFIG, new Float32Array(CONFIG.buckets).fill(1));
    expect(Array.from(ones.value)).toEqual(Array.from(plain.value));
  });

  it('report the same features through the allocation-free list as through featurise', () => {
    const vector = featurise('wie wird das wetter morgen', CONFIG);
    const list = countFeatures('wie wird das wetter morgen', CONFIG);
    expect(Array.from(list.bucket.subarray(0, list.size))).toEqual(Array.from(vector.index));
    const scaled = Array.from(list.value.subarray(0, list.size), (v) => Math.fround(v * list.scale));
    expect(scaled).toEqual(Array.from(vector.value));
  });
});
