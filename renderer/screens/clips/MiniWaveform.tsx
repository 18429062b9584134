// A small waveform drawn on canvas from stored peaks: no decoding, no wavesurfer instance per row.

import { useEffect, useRef } from 'react';

export function MiniWaveform({
  peaks,
  width = 120,
  height = 28,
}: {
  peaks: Int8Array | undefined;
  width?: number;
  height?: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context) return;
    const ratio = window.devicePixelRatio || 1;
    element.width = width * ratio;
    element.height = height * ratio;
    context.scale(ratio, ratio);
    context.clearRect(0, 0, width, height);
    if (!peaks || peaks.length < 2) return;
    context.fillStyle = getComputedStyle(element).color;
    const buckets = peaks.length / 2;
    const mid = height / 2;
    for (let x = 0; x < width; x++) {
      const from = Math.floor((x / width) * buckets);
      const to = Math.max(from + 1, Math.floor(((x + 1) / width) * buckets));
      let min = 0;
      let max = 0;
      for (let b = from; b < to && b < buckets; b++) {
        min = Math.min(min, peaks[b * 2]!);
        max = Math.max(max, peaks[b * 2 + 1]!);
      }
      const top = mid - (max / 127) * mid;
      const bottom = mid - (min / 127) * mid;
      context.fillRect(x, top, 1, Math.max(1, bottom - top));
    }
  }, [peaks, width, height]);
  return <canvas ref={canvas} className="mini-waveform" style={{ width, height }} aria-hidden="true" />;
}
