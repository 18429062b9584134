// Binary search of the visible time window: `visible` lists column indexes sorted by time, so the slice of
// captures on screen is two searches away and a frame never touches captures outside it.

/** First position k in `visible` with ts[visible[k]] >= t. */
export function lowerBound(ts: Float64Array, visible: Uint32Array, t: number): number {
  let lo = 0;
  let hi = visible.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ts[visible[mid]!]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Positions [lo, hi) of captures whose start lies in [start, end]. */
export function visibleWindow(ts: Float64Array, visible: Uint32Array, start: number, end: number): [number, number] {
  return [lowerBound(ts, visible, start), lowerBound(ts, visible, end + 1e-9)];
}

/** Longest clip (ms), so a window can reach back far enough to include bars that started before it. */
export function maxDuration(durationMs: Float32Array): number {
  let max = 0;
  for (let i = 0; i < durationMs.length; i++) if (durationMs[i]! > max) max = durationMs[i]!;
  return max;
}
