// The headless CLI (`analyze`, same shared/ pipeline as the app) against `unzip -t` of the same zips.

import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

function timed(command: string, args: string[]): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr?.toString().slice(0, 400)}`);
  return ms;
}

/** The CLI as it ships: bundled by `npm run build:cli` (run from source, tsx transpiles ~1 s at every start). */
export function measureCli(dir: string, zips: string[], workDir: string) {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-cli.ts'], { stdio: 'ignore' });
  const unzipMs = zips.reduce((sum, zip) => sum + timed('unzip', ['-tqq', zip]), 0);
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
  const analyzeMs = cli([]);
  const metadataOnlyMs = cli(['--no-audio']);
  return { unzipMs, analyzeMs, metadataOnlyMs };
}
