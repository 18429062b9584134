// Privacy proofs in real Chromium: the CSP stops the renderer from reaching any other origin — even a
// server on this machine — and a plain visit makes no request outside the app's own origin.
import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, openApp, startHarness, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('network block', () => {
  it('cannot fetch from another local server, and that server sees nothing', async () => {
    let hits = 0;
    const bait = createServer((_req, res) => {
      hits++;
      res.writeHead(200, { 'access-control-allow-origin': '*' }).end('leak');
    });
    await new Promise<void>((resolve) => bait.listen(0, '127.0.0.1', resolve));
    const port = (bait.address() as { port: number }).port;
    try {
      const app = await openApp(harness);
      await app.page.getByTestId('empty-library').waitFor();
      const outcome = await app.page.evaluate(async (url) => {
        const results: string[] = [];
        try {
          await fetch(url);
          results.push('fetch ok');
        } catch {
          results.push('fetch blocked');
        }
        const img = new Image();
        img.src = `${url}pixel.png`;
        await new Promise((resolve) => {
          img.onload = img.onerror = resolve;
        });
        results.push(img.naturalWidth > 0 ? 'img ok' : 'img blocked');
        return results;
      }, `http://127.0.0.1:${port}/`);
      expect(outcome).toEqual(['fetch blocked', 'img blocked']);
      expect(hits).toBe(0);
      await app.context.close();
    } finally {
      bait.close();
    }
  });

  it('loads with a Content-Security-Policy of default-src self', async () => {
    const app = await openApp(harness);
    const csp = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).not.toMatch(/https?:/);
    expect(foreignRequests(app.requests, harness.server.url.replace(/\/$/, ''))).toEqual([]);
    await app.context.close();
  });
});
