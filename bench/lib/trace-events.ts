// One event of a Chromium trace (CDP `Tracing`, JSON trace format) as the bench's trace readers use it.

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  /** Wall clock, µs. */
  ts: number;
  /** The thread's own CPU clock, µs (with `enableThreadInstrumentation`). */
  tts?: number;
  dur?: number;
  /** CPU time of a complete ('X') event, µs. */
  tdur?: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}
