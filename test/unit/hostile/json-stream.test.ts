// The CLI's report writer: byte-identical to JSON.stringify(value, null, 2), and able to write a report far
// longer than the longest string V8 can hold (which is what made a 10⁶-record report fail).
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { jsonChunks, writeChunks } from '../../../electron/cli/json-stream';

describe('jsonChunks', () => {
  it('writes exactly what JSON.stringify writes', () => {
    const value = {
      version: 1,
      empty: [],
      none: {},
      skipped: undefined,
      list: [1, 'zwei', null, undefined, { a: [true, { b: 'ü"\n' }] }],
      nested: { deeper: { deepest: [[], [{}], 'x'] } },
    };
    expect([...jsonChunks(value)].join('')).toBe(JSON.stringify(value, null, 2));
    expect([...jsonChunks('text')].join('')).toBe('"text"');
  });

  it('writes exactly what JSON.stringify writes when big containers are walked and small ones written whole', () => {
    const big = {
      captures: Array.from({ length: 3_000 }, (_, i) => ({
        id: `c${i}`,
        at: new Date(i * 1000),
        flags: i % 3 ? [] : ['night', 'child'],
        skipped: undefined,
        nested: { list: [i, null, undefined, { deep: 'ä\n"' }] },
      })),
      groups: { long: Array.from({ length: 20_000 }, (_, i) => i), short: [{}] },
    };
    // One big item among the small ones is walked on its own; the small ones around it come in runs.
    (big.captures[1_500]!.nested.list as unknown[]).push({ long: Array.from({ length: 5_000 }, (_, i) => `v${i}`) });
    const chunks = [...jsonChunks(big)];
    expect(chunks.join('')).toBe(JSON.stringify(big, null, 2));
    expect(chunks.length).toBeGreaterThan(10);
    // Bounded pieces: a run of small items is cut after about 256 KB.
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(300 * 1024);
  });

  it('indents runs of small items at every depth as JSON.stringify does', () => {
    const items = Array.from({ length: 12_000 }, (_, i) => ({
      id: `c${i}`,
      list: [i, { deep: 'ü\n' }],
      none: undefined,
    }));
    const value = { a: { b: [{ c: { items } }, items.slice(0, 5)] } };
    expect([...jsonChunks(value)].join('')).toBe(JSON.stringify(value, null, 2));
  });

  it('streams a report longer than the longest possible string', { timeout: 120_000 }, async () => {
    // 600,000 captures × ~1 KB ≈ 600 MB of JSON, more than V8's ~512 MB string limit.
    const transcript = 'alexa '.repeat(150);
    const captures = { length: 600_000 } as { length: number };
    const report = { captures: Array.from(captures, (_, i) => ({ id: `c${i}`, transcript })) };
    let bytes = 0;
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        done();
      },
    });
    await writeChunks(jsonChunks(report), sink);
    expect(bytes).toBeGreaterThan(536_870_888);
  });
});
