// What the benchmark reads from the app's page: the timeline publishes its frame times here when the
// Timeline screen passes `exposeStats` (renderer/views/shared-canvas/frame-stats.ts).
export {};

declare global {
  interface Window {
    /** Durations of long tasks, pushed by the benchmark's init script (bench/measure/complete.ts). */
    __earshotLongTasks?: number[];
    __earshotTimelineStats?: { frames: number; p50: number; p95: number; max: number; reset(): void };
  }
}
