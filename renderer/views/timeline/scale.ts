// Zoom and pan maths for the timeline: a view is a time window mapped linearly onto the plot width.
// Zooming keeps the instant under the cursor at the same pixel, which is what makes wheel zoom feel right.

export interface View {
  start: number;
  end: number;
}

/** Closest zoom: 10 seconds across the plot. */
export const MIN_SPAN = 10_000;
/** Widest zoom: 60 years across the plot. */
export const MAX_SPAN = 60 * 365.25 * 86_400_000;

export const span = (view: View): number => view.end - view.start;

export const toX = (t: number, view: View, width: number): number => ((t - view.start) / span(view)) * width;

export const toTime = (x: number, view: View, width: number): number => view.start + (x / width) * span(view);

const clampSpan = (s: number): number => Math.min(MAX_SPAN, Math.max(MIN_SPAN, s));

/** factor < 1 zooms in. The instant at `anchorX` stays at `anchorX`. */
export function zoomAt(view: View, factor: number, anchorX: number, width: number): View {
  const anchor = toTime(anchorX, view, width);
  const next = clampSpan(span(view) * factor);
  const start = anchor - (anchorX / width) * next;
  return { start, end: start + next };
}

/** Dragging the content right by dx pixels moves the window back in time. */
export function panBy(view: View, dxPx: number, width: number): View {
  const shift = (-dxPx / width) * span(view);
  return { start: view.start + shift, end: view.end + shift };
}

/** Window showing everything from `min` to `max` with a small margin; one hour around a single instant. */
export function fitAll(min: number, max: number, now = Date.now()): View {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { start: now - 7 * 86_400_000, end: now };
  const s = clampSpan(Math.max(max - min, 3_600_000) * 1.04);
  const mid = (min + max) / 2;
  return { start: mid - s / 2, end: mid + s / 2 };
}

/** Wheel delta (pixels) to a zoom factor; pinch gestures arrive as ctrl+wheel with small deltas, so they get more gain. */
export function wheelZoomFactor(deltaY: number, pinch: boolean): number {
  const gain = pinch ? 0.01 : 0.0015;
  return Math.exp(Math.max(-300, Math.min(300, deltaY)) * gain);
}
