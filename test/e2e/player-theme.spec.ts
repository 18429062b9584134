// The open clip's waveform follows the theme: when the system switches to dark mode (and back, and again)
// while a clip is open, the waveform is still drawn, in the new theme's colours, and the clip stays loaded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openDemo, screenshot, startHarness, type Harness } from './harness';
import { ClipsPage } from './page-models/ClipsPage';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

interface WaveformPixels {
  /** Opaque pixels drawn in the waveform's canvases. */
  drawn: number;
  /** The most common opaque colour, as `r,g,b`. */
  main: string;
  /** The theme's `--text-muted` (the unplayed wave's colour), as `r,g,b`. */
  expected: string;
  duration: string;
}

/** Reads the waveform's canvases (wavesurfer draws in a shadow root) and the colour the theme asks for. */
function waveformPixels(page: Page): Promise<WaveformPixels> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-testid="waveform"]')!;
    const roots: ParentNode[] = [host];
    for (const element of host.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
    const counts = new Map<string, number>();
    let drawn = 0;
    for (const root of roots)
      for (const canvas of root.querySelectorAll('canvas')) {
        // The progress layer sits in a clipped wrapper; only the full-width wave layer is read.
        if (canvas.closest('.progress') || canvas.width === 0 || canvas.height === 0) continue;
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        for (let i = 0; i < data.length; i += 4) {
          if (data[i + 3]! < 250) continue;
          drawn++;
          const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
    const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    const probe = document.createElement('div');
    probe.style.color = getComputedStyle(document.documentElement).getPropertyValue('--text-muted').trim();
    document.body.append(probe);
    const expected = (/\d+, \d+, \d+/.exec(getComputedStyle(probe).color)?.[0] ?? '').replaceAll(' ', '');
    probe.remove();
    const duration = document.querySelector('[data-testid="player-time"]')?.textContent?.split('/')[1]?.trim() ?? '';
    return { drawn, main, expected, duration };
  });
}

async function waveformIn(page: Page, theme: 'light' | 'dark'): Promise<WaveformPixels> {
  await page.emulateMedia({ colorScheme: theme });
  await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
  // Until the waveform is drawn again, in the colour the new theme asks for.
  await expect
    .poll(() => waveformPixels(page))
    .toSatisfy((pixels: WaveformPixels) => pixels.drawn > 0 && pixels.main === pixels.expected);
  return waveformPixels(page);
}

describe('the waveform and the theme', () => {
  it('keeps the open clip and redraws it in the new colours after each switch', async () => {
    const app = await openDemo(harness, { locale: 'de-DE', colorScheme: 'light' });
    const clips = new ClipsPage(app.page);
    await clips.open();
    await app.page.locator('[data-testid="clip-row"]:has(canvas.mini-waveform)').first().click();
    await app.page.getByTestId('waveform').waitFor();

    const light = await waveformIn(app.page, 'light');
    expect(light.drawn).toBeGreaterThan(100);
    expect(light.main).toBe(light.expected);
    const dark = await waveformIn(app.page, 'dark');
    expect(dark.expected).not.toBe(light.expected);
    expect(dark.drawn).toBeGreaterThan(100);
    expect(dark.main).toBe(dark.expected);
    await screenshot(app.page, 'player-theme-dark');
    const lightAgain = await waveformIn(app.page, 'light');
    expect(lightAgain.main).toBe(light.expected);
    const darkAgain = await waveformIn(app.page, 'dark');
    expect(darkAgain.drawn).toBeGreaterThan(100);
    expect(darkAgain.main).toBe(dark.expected);
    expect(darkAgain.duration).toBe(light.duration);

    // The clip is still loaded: it plays.
    await app.page.getByTestId('player-play').click();
    await app.page.waitForFunction(
      () => document.querySelector('[data-testid="player-play"]')?.getAttribute('data-playing') === 'true',
    );
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
