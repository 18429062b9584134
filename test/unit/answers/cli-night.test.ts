// `--night 22-6` on the CLI (a real process): the night flags follow the given hours, bad hours are one clear
// line on stderr with exit status 2.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { localHour } from '../../../shared/classify/flags';

const run = promisify(execFile);
const cli = (args: string[]) => run(process.execPath, [inject('cli'), ...args], { maxBuffer: 64 * 1024 * 1024 });
const fx = inject('household');
const out = mkdtempSync(join(tmpdir(), 'earshot-night-'));
afterAll(() => rmSync(out, { recursive: true, force: true, maxRetries: 5 }));

describe('--night', () => {
  it('flags exactly the captures in the given local hours', async () => {
    const file = join(out, 'r.json');
    await cli([
      'analyze',
      fx.paths.alexaHistory,
      '--tz',
      'Europe/Berlin',
      '--night',
      '7-9',
      '--no-audio',
      '--out',
      file,
    ]);
    const report = JSON.parse(readFileSync(file, 'utf8')) as {
      captures: { ts?: string; time?: string; flags: string[] }[];
    };
    expect(report.captures.length).toBeGreaterThan(0);
    for (const c of report.captures) {
      const ts = Date.parse((c.ts ?? c.time)!);
      const hour = localHour(ts, 'Europe/Berlin');
      expect(c.flags.includes('night'), `${c.ts ?? c.time} (${hour} h)`).toBe(hour >= 7 && hour < 9);
    }
  }, 120_000);

  it('refuses hours it cannot read', async () => {
    const error = await cli(['analyze', fx.paths.alexaHistory, '--night', 'abends']).catch((e: unknown) => e);
    expect((error as { code: number }).code).toBe(2);
    expect((error as { stderr: string }).stderr).toMatch(/--night: Night hours must look like 22-6/);
  }, 120_000);
});
