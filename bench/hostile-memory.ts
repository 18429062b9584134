// Runs every case of the hostile corpus (and the voice history at scale) through the CLI and the Import
// screen, one at a time, and prints what each costs: wall time, peak resident memory and the message shown.
// The figures go into docs/reliability.md; tests assert outcomes, never these numbers.
//
//   npm run build:renderer && npx tsx bench/hostile-memory.ts [--cli] [--ui] [--scale] [--only <file>]
//
// CLI: `/usr/bin/time` around `earshot analyze <case>` (the peak RSS of the process, worker threads included).
// UI: a fresh Chromium per case, the file picked on the Import screen; the peak RSS (VmHWM) of the page's
// renderer process, which runs the import worker too, read from /proc.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { generateHostile } from '../test/hostile/generate';
import { writeVoiceHistory } from '../test/hostile/voice-history-scale';
import { serveRenderer } from '../scripts/static-server';
import { chromiumPath, CHROMIUM_ARGS } from '../test/e2e/harness';
import { HostilePage } from '../test/e2e/page-models/HostilePage';

const run = promisify(execFile);
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const wantCli = args.includes('--cli') || !args.includes('--ui');
const wantUi = args.includes('--ui') || !args.includes('--cli');

interface Row {
  file: string;
  cli?: { seconds: number; mb: number; exit: number; line: string };
  ui?: { seconds: number; mb: number; shown: string };
}

async function corpus(): Promise<{ dir: string; files: string[] }> {
  const { dir, cases } = await generateHostile('test/hostile/out/measure');
  const files = cases.map((c) => c.file).filter((f) => f !== 'many-entries.zip');
  if (args.includes('--scale')) {
    for (const [name, count, compact] of [
      ['voice-history-1m.json', 1_000_000, true],
      ['voice-history-300k.json', 300_000, false],
      ['voice-history-150k.json', 150_000, false],
    ] as const) {
      const file = path.join(dir, name);
      if (!existsSync(file)) await writeVoiceHistory(file, count, compact);
      files.push(name);
    }
  }
  return { dir, files: only ? files.filter((f) => f === only) : files };
}

async function cli(file: string): Promise<NonNullable<Row['cli']>> {
  const out = path.resolve('test/hostile/out/measure-report.json');
  const result = await run(
    '/usr/bin/time',
    ['-f', 'TIME %e %M', process.execPath, '--import', 'tsx', 'electron/cli/main.ts', 'analyze', file, '--out', out],
    { maxBuffer: 64 * 1024 * 1024 },
  ).then(
    (r) => ({ ...r, code: 0 }),
    (e: { stdout: string; stderr: string; code: number }) => e,
  );
  const lines = result.stderr.split(/\r|\n/).filter(Boolean);
  const [, seconds, kb] = /TIME ([\d.]+) (\d+)/.exec(lines.at(-1) ?? '') ?? [];
  const said = lines.filter((l) => l.startsWith('earshot')).at(-1);
  let line = said ?? '';
  if (!said && existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8')) as { summary: { captures: number }; warnings: string[] };
    line = `report: ${report.summary.captures} captures${report.warnings.length ? `; ${report.warnings[0]}` : ''}`;
  }
  rmSync(out, { force: true });
  return { seconds: Number(seconds), mb: Math.round(Number(kb) / 1024), exit: result.code, line };
}

async function ui(file: string, url: string): Promise<NonNullable<Row['ui']>> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(url);
    await page.getByTestId('nav-import').click();
    const started = Date.now();
    const got = await new HostilePage(page).importOne(file, 300_000);
    const seconds = (Date.now() - started) / 1000;
    const cdp = await browser.newBrowserCDPSession();
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
      processInfo: { type: string; id: number }[];
    };
    let kb = 0;
    for (const p of processInfo.filter((p) => p.type === 'renderer')) {
      const status = readFileSync(`/proc/${p.id}/status`, 'utf8');
      kb = Math.max(kb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
    }
    const shown =
      got.kind === 'error'
        ? `error: ${got.title}`
        : got.kind === 'unknown'
          ? 'no known export found'
          : `imported${got.warnings ? `; ${got.warnings.replace(/\s+/g, ' ').slice(0, 90)}` : ''}`;
    return { seconds, mb: Math.round(kb / 1024), shown };
  } finally {
    await browser.close();
  }
}

const { dir, files } = await corpus();
const server = wantUi ? await serveRenderer({ port: 0 }) : undefined;
const rows: Row[] = [];
for (const file of files) {
  const row: Row = { file };
  const full = path.join(dir, file);
  if (wantCli) row.cli = await cli(full);
  if (wantUi && server)
    row.ui = await ui(full, server.url).catch((e: Error) => ({
      seconds: NaN,
      mb: 0,
      shown: `FAILED ${e.message.slice(0, 80)}`,
    }));
  rows.push(row);
  process.stderr.write(`${JSON.stringify(row)}\n`);
}
await server?.close();
writeFileSync('test/hostile/out/measure.json', JSON.stringify(rows, null, 2));
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').slice(0, 140);
process.stdout.write(
  '| Case | CLI s / MB | CLI exit and line | UI s / MB | UI shows |\n| --- | --- | --- | --- | --- |\n',
);
for (const r of rows)
  process.stdout.write(
    `| ${r.file} | ${r.cli ? `${r.cli.seconds} / ${r.cli.mb}` : ''} | ${r.cli ? `${r.cli.exit}: ${cell(r.cli.line.replace(/^earshot analyze: /, ''))}` : ''} | ${r.ui ? `${r.ui.seconds.toFixed(1)} / ${r.ui.mb}` : ''} | ${r.ui ? cell(r.ui.shown) : ''} |\n`,
  );
