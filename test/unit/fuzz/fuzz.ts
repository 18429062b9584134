// Shared settings of the fuzz suites: a fixed seed and a bounded budget in CI; `FUZZ_RUNS=20000` (and
// optionally `FUZZ_SEED=…`) for a long local run (docs/reliability.md). The only failures allowed are the
// ones a parser is designed to give; a hang fails through the test timeout, never through a measured time
// (a busy machine must not fail a correct parser).

import fc from 'fast-check';
import { ImportError } from '../../../shared/importers/types';

export const SEED = Number(process.env.FUZZ_SEED ?? 20261126);
const override = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : undefined;
/** fast-check parameters: CI budget `ciRuns`, or FUZZ_RUNS when set. */
export function budget(ciRuns: number): fc.Parameters<unknown> {
  return { seed: SEED, numRuns: override ?? ciRuns, endOnFailure: true };
}

/** Test timeout for a suite that runs `ciRuns` inputs of at most `ms` each on average. */
export function testTimeout(ciRuns: number, msPerRun = 20): number {
  return Math.max(60_000, (override ?? ciRuns) * msPerRun * 3);
}

/** Runs a synchronous parser on one input: it may return or throw an ImportError, nothing else. */
export function expectHandled<T>(run: () => T, allowed: (error: unknown) => boolean = isImportError): T | undefined {
  try {
    return run();
  } catch (error) {
    if (!allowed(error)) throw error;
    return undefined;
  }
}

export async function expectHandledAsync<T>(
  run: () => Promise<T>,
  allowed: (error: unknown) => boolean = isImportError,
): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    if (!allowed(error)) throw error;
    return undefined;
  }
}

export const isImportError = (error: unknown) => error instanceof ImportError;
/** Header parsers report damage with a plain Error; TypeError/RangeError would be a bug (unchecked offsets). */
export const isPlainError = (error: unknown) => error instanceof Error && error.constructor === Error;

/** Byte-level mutations of a valid document: flips, overwrites, insertions, deletions and truncation. */
export function mutated(seed: Uint8Array): fc.Arbitrary<Uint8Array> {
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('set' as const), at: fc.nat(), byte: fc.nat(255) }),
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.nat(7) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 16 }) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), byte: fc.nat(64) }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  );
  return fc.array(edit, { minLength: 1, maxLength: 8 }).map((edits) => {
    let bytes = Array.from(seed);
    for (const e of edits) {
      const at = bytes.length ? e.at % bytes.length : 0;
      if (e.kind === 'set') bytes[at] = e.byte;
      else if (e.kind === 'flip') bytes[at] = (bytes[at] ?? 0) ^ (1 << e.byte);
      else if (e.kind === 'insert') bytes.splice(at, 0, ...e.bytes);
      else if (e.kind === 'delete') bytes.splice(at, e.byte + 1);
      else bytes = bytes.slice(0, at);
    }
    return new Uint8Array(bytes);
  });
}

export const enc = (text: string) => new TextEncoder().encode(text);
