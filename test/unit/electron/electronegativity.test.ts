// Security gate: Doyensec's Electronegativity over the Electron sources and the renderer's HTML, through
// its API (its CLI exits 0 even with findings). Any finding not justified in the allowlist fails.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { injectCsp } from '../../../shared/csp';
import { ELECTRONEGATIVITY_ALLOWLIST } from './electronegativity-allowlist';

interface Finding {
  id: string;
  file: string;
  location?: { line: number };
  description: string;
}

/** Electronegativity writes its report with a callback it does not await: wait until the file is whole. */
async function reportWritten(file: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      if (existsSync(file)) {
        JSON.parse(readFileSync(file, 'utf8'));
        return;
      }
    } catch {
      // still being written
    }
    await sleep(50);
  }
}

async function scan(): Promise<Finding[]> {
  // The report goes to its own folder, outside the scanned one; both are removed only once it is written
  // (removing them while the scanner still writes failed with ENOTEMPTY).
  const dir = mkdtempSync(path.join(os.tmpdir(), 'earshot-electroneg-'));
  const out = mkdtempSync(path.join(os.tmpdir(), 'earshot-electroneg-out-'));
  const report = path.join(out, 'out.sarif');
  try {
    for (const file of ['main.ts', 'preload.ts', 'security.ts', 'protocol.ts', 'ipc.ts', 'window-state.ts'])
      cpSync(path.join('electron', file), path.join(dir, file));
    // The HTML as built: the one CSP (shared/csp.ts) in its meta tag.
    writeFileSync(path.join(dir, 'index.html'), injectCsp(readFileSync('renderer/index.html', 'utf8')));
    const { default: run } = await import('@doyensec/electronegativity');
    const result = await run({
      input: dir,
      output: report,
      isSarif: true,
      customScan: '',
      severitySet: '',
      confidenceSet: '',
      isRelative: true,
      electronVersion: '45.5.0',
      parserPlugins: [],
    });
    await reportWritten(report);
    return result.issues;
  } finally {
    rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
    rmSync(out, { recursive: true, force: true, maxRetries: 5 });
  }
}

describe('Electronegativity', () => {
  it('reports no finding that is not justified in the reviewed allowlist', async () => {
    const findings = await scan();
    const unjustified = findings.filter(
      (f) => !ELECTRONEGATIVITY_ALLOWLIST.some((a) => a.id === f.id && path.basename(f.file) === a.file),
    );
    expect(unjustified.map((f) => `${f.id} ${f.file}:${f.location?.line ?? 0} ${f.description}`)).toEqual([]);
  }, 120_000);

  it('has a reason for every allowlisted finding', () => {
    for (const entry of ELECTRONEGATIVITY_ALLOWLIST) expect(entry.reason.length).toBeGreaterThan(40);
  });
});
