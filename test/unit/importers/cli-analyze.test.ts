// The headless `analyze` command end to end (a real process, as a user runs it): the report format on the
// shared generated household, the CSV, and exit status 2 with one line on stderr for bad input.

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';

const run = promisify(execFile);
const cli = (args: string[]) =>
  run(process.execPath, [inject('cli'), 'analyze', ...args], { maxBuffer: 64 * 1024 * 1024 });
const fx = inject('household');
const hostileDir = inject('hostile').dir;
const out = mkdtempSync(join(tmpdir(), 'earshot-cli-'));
afterAll(() => rmSync(out, { recursive: true, force: true, maxRetries: 5 }));

describe('earshot analyze', () => {
  it('writes the JSON report and the CSV for a mix of every format', async () => {
    await cli([
      ...fx.paths.all,
      '--tz',
      'Europe/Berlin',
      '--out',
      join(out, 'r.json'),
      '--csv',
      join(out, 'c.csv'),
      '--no-audio',
    ]);
    const report = JSON.parse(readFileSync(join(out, 'r.json'), 'utf8'));
    expect(report.version).toBe(1);
    expect(report.captures).toHaveLength(fx.truth.captures.length);
    expect(new Set(report.imports.map((i: { source: string }) => i.source))).toEqual(
      new Set(['alexa-archive', 'alexa-history', 'google-takeout', 'home-assistant', 'folder']),
    );
    const kitchen = report.devices.find((d: { name: string }) => d.name === 'Echo Küche');
    expect(kitchen).toMatchObject({ registered: true, room: 'Küche', roomKind: 'kitchen' });
    for (const c of report.captures) {
      expect(c.ts).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(['ok', 'not-intended', 'not-understood', 'not-stored', 'missing']).toContain(c.transcriptStatus);
      expect(Array.isArray(c.flags)).toBe(true);
    }
    const night = fx.truth.captures.filter((t) => t.expectedFlags.includes('night')).length;
    expect(report.captures.filter((c: { flags: string[] }) => c.flags.includes('night'))).toHaveLength(night);
    const csv = readFileSync(join(out, 'c.csv'), 'utf8').trim().split(/\r?\n/);
    expect(csv[0]).toBe(
      'id,kind,source,sources,recordId,ts,deviceId,device,room,roomKind,transcript,transcriptStatus,durationMs,audio,category,confidence,categorySource,providerIntent,dialogueOf,flags,group,voice',
    );
    expect(csv.length).toBe(fx.truth.captures.length + 1);
  }, 120_000);

  it.each([
    [['slip-dotdot.zip'], /slip-dotdot\.zip.*outside the archive.*\[zip-unsafe-path\]/],
    [['bomb-ratio.zip'], /zip bomb.*\[zip-bomb\]/],
    [['json-deep.json'], /nested .* levels deep.*\[json-malformed\]/],
  ])(
    'exits 2 with one clear line for %s',
    async (files, message) => {
      const error = await cli(files.map((f) => join(hostileDir, f))).catch((e: { code: number; stderr: string }) => e);
      expect(error).toMatchObject({ code: 2 });
      const lines = (error as { stderr: string }).stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
    },
    60_000,
  );

  it('exits 2 for a missing path, an unknown option and a bad time zone', async () => {
    for (const args of [
      ['/nonexistent/export.zip'],
      [fx.paths.audioFolder, '--frobnicate'],
      [fx.paths.audioFolder, '--tz', 'Mars/Olympus'],
    ]) {
      const error = await cli(args).catch((e: { code: number; stderr: string }) => e);
      expect(error, args.join(' ')).toMatchObject({ code: 2 });
    }
  }, 60_000);
});
