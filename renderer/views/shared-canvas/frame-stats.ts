// Frame-time bookkeeping for the canvas views: a fixed ring of the last draw durations, summarised as
// percentiles so the benchmark can read p95 without the view allocating per frame.

export interface FrameSummary {
  frames: number;
  p50: number;
  p95: number;
  max: number;
}

export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export class FrameStats {
  private readonly ring: Float64Array;
  private count = 0;

  constructor(capacity = 600) {
    this.ring = new Float64Array(capacity);
  }

  record(ms: number): void {
    this.ring[this.count % this.ring.length] = ms;
    this.count++;
  }

  reset(): void {
    this.count = 0;
  }

  summary(): FrameSummary {
    const n = Math.min(this.count, this.ring.length);
    const sorted = this.ring.slice(0, n).sort();
    const round = (v: number) => Math.round(v * 100) / 100;
    return {
      frames: this.count,
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      max: round(percentile(sorted, 100)),
    };
  }
}
