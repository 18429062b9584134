// English remarks the n-gram model is unsure of are classified with the sentence encoder in the import's worker:
// its weights and WebAssembly come from the app itself (no other origin), and only when such a transcript
// exists — a library of confident commands never fetches them.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, openApp, screenshot, startHarness, type Harness } from './harness';
import { ImportPage } from './page-models/ImportPage';

let harness: Harness;
const OUT = path.resolve('test/fixtures/out/e2e-encoder');

function takeout(name: string, texts: string[]): string {
  const dir = path.join(OUT, name, 'Takeout', 'My Activity', 'Assistant');
  mkdirSync(dir, { recursive: true });
  const records = texts.map((text, i) => ({
    header: 'Assistant',
    title: `Said ${text}`,
    time: `2026-03-0${i + 1}T10:00:00.000Z`,
    products: ['Assistant'],
    details: [{ name: 'Started by hotword' }],
  }));
  writeFileSync(path.join(dir, 'MyActivity.json'), JSON.stringify(records));
  return path.join(OUT, name, 'Takeout');
}

beforeAll(async () => {
  harness = await startHarness();
}, 240_000);
afterAll(async () => {
  await harness?.close();
});

describe('sentence encoder in the app', () => {
  it('files an English remark under chit-chat, with weights from the app only', async () => {
    // Alone, the n-gram model files this remark under smart home ("home", 0.52); with the encoder it is chit-chat.
    const folder = takeout('remarks', ['i got soaked on the way home from school', 'turn on the kitchen lights']);
    const app = await openApp(harness, { locale: 'en-US' });
    const importer = new ImportPage(app.page);
    await importer.importFolder(folder);
    await importer.waitForAnalysis();
    expect(app.requests.filter((u) => u.includes('group1-shard'))).toHaveLength(7);
    expect(foreignRequests(app.requests, harness.server.url)).toEqual([]);
    await app.page.goto(`${harness.server.url}#/clips`);
    const remark = app.page.getByTestId('clip-row').filter({ hasText: 'i got soaked' });
    await expect.poll(() => remark.textContent()).toContain('Chit-chat');
    const lights = app.page.getByTestId('clip-row').filter({ hasText: 'turn on the kitchen lights' });
    expect(await lights.textContent()).toContain('Smart home');
    await screenshot(app.page, 'sentence-encoder-clips-en');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('never loads the encoder for commands the n-gram model is sure of', async () => {
    const folder = takeout('commands', ['turn on the kitchen lights', 'what is the weather like tomorrow']);
    const app = await openApp(harness, { locale: 'en-US' });
    const importer = new ImportPage(app.page);
    await importer.importFolder(folder);
    await importer.waitForAnalysis();
    expect(app.requests.filter((u) => /group1-shard|encoder.*\.bin|\.wasm/.test(u))).toEqual([]);
    await app.context.close();
  });
});
