// The headless CLI (`analyze`, same shared/ pipeline as the app) against `unzip -t` of the same zips.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** GNU time reports the child's user + system CPU: on a shared machine the wall clock also counts waiting. */
const GNU_TIME = '/usr/bin/time';
const CPU_MARK = 'earshot-cpu';

/** Wall ms and CPU ms (user + system, NaN without GNU time) of one run. */
function timed(command: string, args: string[]): { ms: number; cpuMs: number } {
  const withTime = existsSync(GNU_TIME);
  const started = process.hrtime.bigint();
  const result = withTime
    ? spawnSync(GNU_TIME, ['-f', `${CPU_MARK} %U %S`, command, ...args], {
        stdio: ['ignore', 'ignore', 'pipe'],
        maxBuffer: 64 * 1024 * 1024,
      })
    : spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr?.toString().slice(0, 400)}`);
  const cpu = new RegExp(`${CPU_MARK} ([\\d.]+) ([\\d.]+)`).exec(result.stderr?.toString() ?? '');
  return { ms, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN };
}

const sum = (runs: { ms: number; cpuMs: number }[]) => ({
  ms: runs.reduce((total, r) => total + r.ms, 0),
  cpuMs: runs.reduce((total, r) => total + r.cpuMs, 0),
});

/** The CLI as it ships: bundled by `npm run build:cli` (run from source, tsx transpiles ~1 s at every start). */
export function measureCli(dir: string, zips: string[], workDir: string) {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-cli.ts'], { stdio: 'ignore' });
  const unzip = sum(zips.map((zip) => timed('unzip', ['-tqq', zip])));
  const cli = (extra: string[]) =>
    timed(process.execPath, [
      'dist-cli/main.mjs',
      'analyze',
      dir,
      '--tz',
      'Europe/Berlin',
      '--out',
      join(workDir, 'analyze.json'),
      ...extra,
    ]);
  const analyze = cli([]);
  const metadataOnly = cli(['--no-audio']);
  return {
    unzipMs: unzip.ms,
    unzipCpuMs: unzip.cpuMs,
    analyzeMs: analyze.ms,
    analyzeCpuMs: analyze.cpuMs,
    metadataOnlyMs: metadataOnly.ms,
    metadataOnlyCpuMs: metadataOnly.cpuMs,
  };
}
