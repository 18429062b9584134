// Every case of the hostile corpus through the real CLI process (`earshot analyze <case>`), as a user runs
// it: errors exit with status 2 and exactly one line on stderr naming the file and the error code; the
// tolerable cases produce the right report.

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { outcomeAlone, SLOW_CASES } from '../../hostile/expectations';

const exec = promisify(execFile);
const { dir, cases } = inject('hostile');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function analyze(file: string): Promise<Run> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [inject('cli'), 'analyze', join(dir, file)], {
      maxBuffer: 64 * 1024 * 1024,
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('hostile corpus through the CLI', () => {
  it('gives every case its specific outcome', { timeout: 400_000 }, async () => {
    const todo = cases.filter((c) => !SLOW_CASES.has(c.file));
    const runs = new Map<string, Run>();
    // Two at a time: the machine has two cores and each run is a cold Node start.
    for (let i = 0; i < todo.length; i += 2)
      await Promise.all(todo.slice(i, i + 2).map(async (c) => runs.set(c.file, await analyze(c.file))));
    const problems: string[] = [];
    for (const c of todo) {
      const run = runs.get(c.file)!;
      const outcome = outcomeAlone(c);
      const lines = run.stderr.trim().split('\n').filter(Boolean);
      const check = (ok: boolean, what: string) =>
        void (ok || problems.push(`${c.file}: ${what} (exit ${run.code}: ${run.stderr.trim()})`));
      if (outcome.kind === 'error' || outcome.kind === 'nothing-found') {
        check(run.code === 2, 'exit status 2');
        check(lines.length === 1, 'one line on stderr');
        check(lines[0]?.includes(c.file) ?? false, 'names the file');
        if (outcome.kind === 'error') check(lines[0]?.endsWith(`[${outcome.code}]`) ?? false, `code [${outcome.code}]`);
        else check(/no known export found/.test(lines[0] ?? ''), 'says no known export was found');
        check(!run.stderr.includes('    at '), 'no stack trace');
        continue;
      }
      check(run.code === 0, 'exit status 0');
      const report = JSON.parse(run.stdout) as {
        captures: { transcript?: string; durationMs?: number }[];
        imports: { warnings: string[] }[];
        warnings: string[];
      };
      const warned = (re: RegExp) =>
        report.warnings.some((w) => re.test(w)) || report.imports.some((i) => i.warnings.some((w) => re.test(w)));
      if (outcome.kind === 'skipped-with-warning') {
        check(report.captures.length === 0, 'no captures');
        check(warned(outcome.warning), `warning ${outcome.warning}`);
      } else {
        check(report.captures.length === 1, 'one capture');
        if (outcome.transcript)
          check(report.captures[0]?.transcript === outcome.transcript, `transcript "${outcome.transcript}"`);
        if (outcome.durationMs)
          check(report.captures[0]?.durationMs === outcome.durationMs, `duration ${outcome.durationMs} ms`);
        check(!/alert|steal|onerror|<script/i.test(run.stdout), 'no script text in the report');
        if (outcome.warning) check(warned(outcome.warning), `warning ${outcome.warning}`);
        check(!/[\u202a-\u202e\u0080-\u009f]/.test(run.stdout), 'no bidi or control characters in the report');
      }
    }
    expect(problems).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(runs.size).toBe(cases.length - SLOW_CASES.size);
  });
});
