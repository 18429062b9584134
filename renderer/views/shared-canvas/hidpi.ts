// Sizes a canvas's backing store to its CSS box × devicePixelRatio so marks stay crisp on HiDPI screens,
// and resets the transform so drawing code works in CSS pixels.

export interface CanvasSize {
  width: number;
  height: number;
  dpr: number;
}

export function fitCanvas(canvas: HTMLCanvasElement, cssWidth: number, cssHeight: number): CanvasSize {
  const dpr = Math.max(1, Math.min(3, window.devicePixelRatio || 1));
  const w = Math.max(1, Math.round(cssWidth * dpr));
  const h = Math.max(1, Math.round(cssHeight * dpr));
  // Assigning width/height clears the canvas and its state even when unchanged, so only do it on a real resize.
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const ctx = canvas.getContext('2d');
  ctx?.setTransform(dpr, 0, 0, dpr, 0, 0);
  return { width: cssWidth, height: cssHeight, dpr };
}
