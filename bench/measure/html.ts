// The Takeout HTML scanner on adversarial markup of doubling size (Node, no browser): time per doubling
// must stay near 2× (linear), and the time against a same-run baseline — one plain pass over the same
// characters — must not grow with the size.

import { performance } from 'node:perf_hooks';
import { parseActivityHtml } from '../../shared/importers/html';
import { ADVERSARIAL_HTML } from '../../test/hostile/adversarial-html';

export interface HtmlRun {
  sizes: number[];
  /** Worst case over the adversarial patterns, per size. */
  scanMs: number[];
  baselineMs: number[];
  /** Largest time ratio between one size and the next (2.0 = linear). */
  worstDoubling: number;
}

/** Best of `repeats`, each after a full collection where the runtime allows it (less noise from GC). */
function best(fn: () => void, repeats = 5): number {
  let min = Infinity;
  for (let i = 0; i < repeats; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

export function measureHtmlScanner(start = 120 * 1024, steps = 5): HtmlRun {
  const sizes = Array.from({ length: steps }, (_, i) => start * 2 ** i);
  const scanMs: number[] = [];
  const baselineMs: number[] = [];
  for (const size of sizes) {
    let worst = 0;
    let base = 0;
    for (const build of Object.values(ADVERSARIAL_HTML)) {
      const html = build(size);
      const ms = best(() => {
        try {
          parseActivityHtml(html, 'a.html');
        } catch {
          // html-malformed: the work until then is what is timed
        }
      });
      if (ms > worst) {
        worst = ms;
        base = best(() => {
          let sum = 0;
          for (let i = 0; i < html.length; i++) sum = (sum + html.charCodeAt(i)) | 0;
          if (sum === 42) process.stdout.write('');
        });
      }
    }
    scanMs.push(worst);
    baselineMs.push(base);
  }
  const worstDoubling = Math.max(...scanMs.slice(1).map((ms, i) => ms / scanMs[i]!));
  return { sizes, scanMs, baselineMs, worstDoubling };
}
