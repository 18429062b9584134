// No test may assert on measured time: a busy machine would fail a correct change. Speed belongs in
// `npm run bench`, as ratios to a baseline measured in the same run. This scans every test file for a
// measured duration (a difference with performance.now, Date.now or process.hrtime) that reaches an
// expect() — directly, or through a variable that holds one. "Now" as an input (a date to compare
// against) is fine.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CLOCK = /performance\.now\(\)|Date\.now\(\)|process\.hrtime/;
/** A measured duration: a clock reading minus something, or something minus a clock reading. */
const CLOCK_DIFFERENCE =
  /(performance\.now\(\)|Date\.now\(\)|process\.hrtime[.\w]*\([^)]*\))\s*-|-\s*(performance\.now|Date\.now|process\.hrtime)/;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Lines of `source` where an expect() reads the clock, or reads a variable computed from a clock difference. */
export function wallClockAssertions(source: string): string[] {
  const lines = source.split('\n');
  // Variables assigned from a clock difference (a clock reading minus a start, or the other way round).
  const timed = new Set<string>();
  for (const line of lines) {
    const m = /(?:const|let|var)\s+(\w+)\s*=\s*(.*)$/.exec(line);
    if (m && CLOCK.test(m[2]!) && CLOCK_DIFFERENCE.test(m[2]!)) timed.add(m[1]!);
  }
  // A statement can span lines: look at each expect( up to its closing `)` on the next few lines.
  const found: string[] = [];
  lines.forEach((line, i) => {
    if (!/\bexpect(\.soft)?\(/.test(line)) return;
    const statement = lines.slice(i, i + 3).join(' ');
    const head = statement.slice(statement.search(/\bexpect/)).split(';')[0]!;
    const readsClock = CLOCK_DIFFERENCE.test(head);
    const readsTimed = [...timed].some((name) => new RegExp(`\\b${name}\\b`).test(head));
    if (readsClock || readsTimed) found.push(`${i + 1}: ${line.trim()}`);
  });
  return found;
}

/**
 * A sample for the self-test, written with stand-ins (CHECK, PERF, EPOCH, HRTIME, BELOW) that become the real
 * calls only here, so that a search of the tree for timing assertions does not find these samples.
 */
function sample(code: string): string {
  return code
    .replaceAll('CHECK', ['exp', 'ect'].join(''))
    .replaceAll('PERF', ['performance', 'now'].join('.'))
    .replaceAll('EPOCH', ['Date', 'now'].join('.'))
    .replaceAll('HRTIME', ['process', 'hrtime', 'bigint'].join('.'))
    .replaceAll('BELOW', ['toBe', 'Less', 'Than'].join(''));
}

describe('tests never assert wall-clock time', () => {
  it('finds a timing assertion when there is one (the guard can fail)', () => {
    expect(wallClockAssertions(sample('const t0 = PERF();\nCHECK(PERF() - t0).BELOW(5);'))).toHaveLength(1);
    expect(
      wallClockAssertions(
        sample('const started = EPOCH();\nrun();\nconst ms = EPOCH() - started;\nCHECK(ms).BELOW(50);'),
      ),
    ).toHaveLength(1);
    expect(wallClockAssertions(sample('const t = HRTIME();\nCHECK(HRTIME() - t).BELOW(9n);'))).toHaveLength(1);
    expect(wallClockAssertions(sample('CHECK(state(notice, EPOCH(), TZ).status).toBe("draft");'))).toEqual([]);
    expect(wallClockAssertions(sample('const run = { startedAt: EPOCH() };\nCHECK(run.count).toBe(1);'))).toEqual([]);
  });

  it('no test file in test/ asserts on measured time', () => {
    const offenders = testFiles(join(ROOT, 'test'))
      .filter((path) => !path.endsWith('no-wall-clock.test.ts'))
      .flatMap((path) =>
        wallClockAssertions(readFileSync(path, 'utf8')).map((hit) => `${relative(ROOT, path)}:${hit}`),
      );
    expect(offenders, 'move speed checks to `npm run bench`').toEqual([]);
  });
});
