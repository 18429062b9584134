// `npm run make-demo`: builds assets/demo/earshot-demo-household.zip, the "Try Earshot with a demo
// household" data, from the fixture generator (real espeak-ng speech). One zip holding an Alexa voice
// history, a German Google Takeout and Home Assistant recordings — no nested archives, as a real import.
import { BlobWriter, Uint8ArrayReader, ZipWriter } from '@zip.js/zip.js';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateHousehold } from '../test/fixtures/generate';

const out = mkdtempSync(path.join(os.tmpdir(), 'earshot-demo-'));
const target = path.resolve('assets/demo/earshot-demo-household.zip');
try {
  const household = await generateHousehold({
    out,
    household: 'de',
    captures: Number(process.env.DEMO_CAPTURES ?? 160),
    seed: 2018,
  });
  const roots = [household.paths.alexaHistory, household.paths.googleTakeout, household.paths.homeAssistant];
  const writer = new ZipWriter(new BlobWriter('application/zip'), { level: 6 });
  const walk = async (dir: string, prefix: string): Promise<void> => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) await walk(full, `${prefix}${name}/`);
      else
        await writer.add(`${prefix}${name}`, new Uint8ArrayReader(readFileSync(full)), {
          lastModDate: statSync(full).mtime,
        });
    }
  };
  for (const root of roots) await walk(root, `${path.basename(root)}/`);
  const blob = await writer.close();
  writeFileSync(target, new Uint8Array(await blob.arrayBuffer()));
  console.log(
    `wrote ${target} (${(blob.size / 1024).toFixed(0)} KiB, ${household.truth.captures.length} captures in the generated household)`,
  );
} finally {
  rmSync(out, { recursive: true, force: true });
}
