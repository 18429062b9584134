import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SPAN, MIN_SPAN, fitAll, panBy, span, toTime, toX, zoomAt } from '../../../renderer/views/timeline/scale';

describe('timeline scale', () => {
  it('keeps the instant under the cursor fixed when zooming, even at the zoom limits', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1.5e12, max: 1.9e12, noNaN: true }),
        fc.double({ min: 20_000, max: 1e11, noNaN: true }),
        fc.double({ min: 0, max: 1600, noNaN: true }),
        fc.double({ min: 1e-4, max: 1e4, noNaN: true }),
        (start, s, x, factor) => {
          const view = { start, end: start + s };
          const before = toTime(x, view, 1600);
          const after = zoomAt(view, factor, x, 1600);
          expect(Math.abs(toTime(x, after, 1600) - before)).toBeLessThan(1);
          expect(span(after)).toBeGreaterThanOrEqual(MIN_SPAN - 1e-3);
          expect(span(after)).toBeLessThanOrEqual(MAX_SPAN + 1);
        },
      ),
    );
  });

  it('pans so that dragged content follows the pointer', () => {
    const view = { start: 0, end: 1000 };
    const moved = panBy(view, 160, 1600);
    expect(toX(toTime(400, view, 1600), moved, 1600)).toBeCloseTo(560);
    expect(span(moved)).toBe(1000);
  });

  it('fits all data with a margin and a sane window for a single capture', () => {
    const all = fitAll(1000 * 3_600_000, 1100 * 3_600_000);
    expect(all.start).toBeLessThan(1000 * 3_600_000);
    expect(all.end).toBeGreaterThan(1100 * 3_600_000);
    expect(span(fitAll(5e12, 5e12))).toBeGreaterThanOrEqual(3_600_000);
  });
});
