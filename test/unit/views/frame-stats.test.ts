import { describe, expect, it } from 'vitest';
import { FrameStats } from '../../../renderer/views/shared-canvas/frame-stats';

describe('frame stats', () => {
  it('reports percentiles of the most recent frames', () => {
    const stats = new FrameStats(100);
    for (let i = 1; i <= 100; i++) stats.record(i);
    expect(stats.summary()).toEqual({ frames: 100, p50: 50, p95: 95, max: 100 });
    for (let i = 0; i < 100; i++) stats.record(1);
    expect(stats.summary().p95).toBe(1);
  });
});
