// Draws one timeline frame on a 2D canvas from the typed columns: lane backgrounds, the time axis, then per
// lane either density bins (busy lanes) or individual marks batched into one path per category, then flags,
// selection, hover, the open clip and the brush. Only the on-screen slice of `visible` is touched.

import { NO_REF, type ClipColumns } from '../../library/columns';
import { ACCIDENTAL, FOREIGN, SENSITIVE } from '../shared-canvas/flag-masks';
import type { ZoneClock } from '../../../shared/time/zones';
import type { Palette } from '../shared-canvas/palette';
import { CATEGORY_COUNT, binWindow, dominantCategory, isDense, type Bins } from './bins';
import { laneOf, type LaneLayout } from './lanes';
import { toX, type View } from './scale';
import { chooseStep, generateTicks, tickLabel } from './ticks';
import { visibleWindow } from './window';

export interface TimelineFrame {
  ctx: CanvasRenderingContext2D;
  width: number;
  height: number;
  gutter: number;
  columns: ClipColumns;
  visible: Uint32Array;
  view: View;
  layout: LaneLayout;
  laneLabels: string[];
  palette: Palette;
  clock: ZoneClock;
  language: 'de' | 'en';
  maxDurationMs: number;
  selected?: Uint8Array;
  highlight?: number;
  hover: number;
  /** Keyboard cursor ([ and ]), -1 when none. */
  cursor: number;
  focusLane: number;
  focused: boolean;
  brush: View | null;
  bins?: Bins;
}

const MIN_MARK = 2;
const FONT = '11px system-ui, sans-serif';

/** Draws a frame; returns the bins so the next frame can reuse their buffers. */
export function drawTimeline(f: TimelineFrame): Bins {
  const { ctx, width, height, gutter, layout, palette: p } = f;
  const plotW = Math.max(1, width - gutter);
  ctx.clearRect(0, 0, width, height);
  ctx.fillStyle = p.surface;
  ctx.fillRect(0, 0, width, height);
  drawLaneBackgrounds(f, plotW);
  drawAxis(f, plotW);

  ctx.save();
  ctx.beginPath();
  ctx.rect(gutter, layout.axisHeight, plotW, height - layout.axisHeight);
  ctx.clip();
  ctx.translate(gutter, 0);
  const [lo, hi] = visibleWindow(f.columns.ts, f.visible, f.view.start - f.maxDurationMs, f.view.end);
  const bins = binWindow(f.columns, f.visible, lo, hi, f.view, Math.ceil(plotW), layout, f.bins);
  drawDensity(f, bins);
  drawMarks(f, bins, lo, hi, plotW);
  if (f.highlight !== undefined && f.highlight >= 0 && f.highlight < f.columns.count)
    ring(f, f.highlight, plotW, p.focus, 2.5);
  if (f.cursor >= 0 && f.focused) ring(f, f.cursor, plotW, p.focus, 2);
  if (f.hover >= 0) ring(f, f.hover, plotW, p.text, 1.5);
  if (f.brush) {
    const x0 = toX(Math.min(f.brush.start, f.brush.end), f.view, plotW);
    const x1 = toX(Math.max(f.brush.start, f.brush.end), f.view, plotW);
    ctx.globalAlpha = 0.15;
    ctx.fillStyle = p.accent;
    ctx.fillRect(x0, layout.axisHeight, x1 - x0, height);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = p.accent;
    ctx.lineWidth = 1;
    ctx.strokeRect(x0 + 0.5, layout.axisHeight + 0.5, x1 - x0 - 1, height - layout.axisHeight - 1);
  }
  ctx.restore();
  drawGutter(f);
  return bins;
}

function drawLaneBackgrounds(f: TimelineFrame, plotW: number): void {
  const { ctx, palette: p, gutter } = f;
  f.layout.lanes.forEach((lane, i) => {
    ctx.fillStyle = i % 2 === 0 ? p.surface : p.surface2;
    ctx.fillRect(0, lane.top, gutter + plotW, lane.height);
    if (lane.private) {
      ctx.globalAlpha = 0.1;
      ctx.fillStyle = p.warning;
      ctx.fillRect(0, lane.top, gutter + plotW, lane.height);
      ctx.globalAlpha = 1;
    }
    ctx.fillStyle = p.border;
    ctx.fillRect(0, lane.top + lane.height - 1, gutter + plotW, 1);
  });
}

function drawAxis(f: TimelineFrame, plotW: number): void {
  const { ctx, palette: p, gutter, layout, view } = f;
  const s = chooseStep(view.end - view.start, plotW);
  ctx.font = FONT;
  ctx.textBaseline = 'middle';
  ctx.fillStyle = p.border;
  ctx.fillRect(gutter, layout.axisHeight - 1, plotW, 1);
  for (const t of generateTicks(view.start, view.end, s, f.clock)) {
    const x = Math.round(gutter + toX(t, view, plotW)) + 0.5;
    ctx.fillStyle = p.border;
    ctx.fillRect(x - 0.5, layout.axisHeight - 6, 1, f.height - layout.axisHeight + 6);
    ctx.fillStyle = p.muted;
    ctx.fillText(tickLabel(t, s, f.clock, f.language), x + 4, layout.axisHeight / 2);
  }
}

function drawGutter(f: TimelineFrame): void {
  const { ctx, palette: p, gutter, layout } = f;
  ctx.fillStyle = p.surface;
  ctx.fillRect(0, 0, gutter, layout.axisHeight);
  ctx.font = FONT;
  ctx.textBaseline = 'middle';
  layout.lanes.forEach((lane, i) => {
    const mid = lane.top + lane.height / 2;
    let x = 8;
    if (lane.private) {
      drawLock(ctx, x, mid, p.warning);
      x += 14;
    }
    ctx.fillStyle = p.text;
    ctx.fillText(fitText(ctx, f.laneLabels[i] ?? '', gutter - x - 6), x, mid);
    if (f.focused && i === f.focusLane) {
      ctx.fillStyle = p.focus;
      ctx.fillRect(0, lane.top + 2, 3, lane.height - 4);
    }
  });
  ctx.fillStyle = p.border;
  ctx.fillRect(gutter - 1, layout.axisHeight, 1, f.height - layout.axisHeight);
}

/** A padlock from two shapes; emoji fonts are not guaranteed on Linux. */
function drawLock(ctx: CanvasRenderingContext2D, x: number, mid: number, colour: string): void {
  ctx.fillStyle = colour;
  ctx.strokeStyle = colour;
  ctx.lineWidth = 1.5;
  ctx.fillRect(x, mid - 1, 9, 7);
  ctx.beginPath();
  ctx.arc(x + 4.5, mid - 2, 3, Math.PI, 0);
  ctx.stroke();
}

function fitText(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let s = text;
  while (s.length > 1 && ctx.measureText(`${s}…`).width > max) s = s.slice(0, -1);
  return `${s}…`;
}

function drawDensity(f: TimelineFrame, bins: Bins): void {
  const { ctx, palette: p, layout } = f;
  const cols = bins.columns;
  const dominant = new Uint8Array(cols);
  for (let lane = 0; lane < layout.lanes.length; lane++) {
    if (!isDense(bins, lane)) continue;
    const { top, height } = layout.lanes[lane]!;
    const base = lane * cols;
    let max = 1;
    for (let c = 0; c < cols; c++) max = Math.max(max, bins.counts[base + c]!);
    for (let c = 0; c < cols; c++) dominant[c] = bins.counts[base + c]! > 0 ? dominantCategory(bins, base + c) : 255;
    const inner = height - 10;
    const bottom = top + height - 4;
    // One category at a time keeps fill-style changes to 11 per lane, whatever the width. Each bar is its own
    // fillRect: Skia draws those on its rectangle path, while one path of a thousand 1 px rectangles per
    // category was filled as a general anti-aliased path — most of a filter change's main-thread time.
    for (let cat = 0; cat < CATEGORY_COUNT; cat++) {
      let styled = false;
      for (let c = 0; c < cols; c++) {
        if (dominant[c] !== cat) continue;
        if (!styled) {
          ctx.fillStyle = p.categories[cat]!;
          styled = true;
        }
        const h = Math.max(2, inner * Math.sqrt(bins.counts[base + c]! / max));
        ctx.fillRect(c, bottom - h, 1, h);
      }
    }
    ctx.fillStyle = p.danger;
    for (let c = 0; c < cols; c++) if ((bins.flags[base + c]! & FOREIGN) !== 0) ctx.fillRect(c, top + 1, 1, 3);
  }
}

function drawMarks(f: TimelineFrame, bins: Bins, lo: number, hi: number, plotW: number): void {
  const { ctx, palette: p, layout, columns, visible, view } = f;
  const fills = Array.from({ length: CATEGORY_COUNT }, () => new Path2D());
  const outlines = Array.from({ length: CATEGORY_COUNT }, () => new Path2D());
  const foreign = new Path2D();
  const sensitive = new Path2D();
  const selected = new Path2D();
  const dense = layout.lanes.map((_, lane) => isDense(bins, lane));
  for (let k = lo; k < hi; k++) {
    const i = visible[k]!;
    const lane = laneOf(layout, columns.room[i]!);
    if (dense[lane]) continue;
    const x0 = toX(columns.ts[i]!, view, plotW);
    const x1 = Math.max(x0 + MIN_MARK, toX(columns.ts[i]! + columns.durationMs[i]!, view, plotW));
    if (x1 < -8 || x0 > plotW + 8) continue;
    const { top, height } = layout.lanes[lane]!;
    const y = top + 9;
    const h = height - 16;
    const flags = columns.flags[i]!;
    const cat = columns.category[i]!;
    if ((flags & ACCIDENTAL) !== 0) outlines[cat]!.rect(x0 + 0.5, y + 0.5, Math.max(1, x1 - x0 - 1), h - 1);
    else fills[cat]!.rect(x0, y, x1 - x0, h);
    if ((flags & FOREIGN) !== 0) {
      foreign.moveTo(x0 + 6, y + h / 2);
      foreign.arc(x0 + 1, y + h / 2, 5, 0, Math.PI * 2);
    }
    if ((flags & SENSITIVE) !== 0) {
      sensitive.moveTo(x0 + 3, y - 4);
      sensitive.arc(x0 + 1, y - 4, 2, 0, Math.PI * 2);
    }
    if (f.selected && f.selected[i] === 1) selected.rect(x0 - 1, y + h + 2, x1 - x0 + 2, 2);
  }
  ctx.lineWidth = 1;
  for (let cat = 0; cat < CATEGORY_COUNT; cat++) {
    ctx.fillStyle = p.categories[cat]!;
    ctx.fill(fills[cat]!);
    ctx.strokeStyle = p.categories[cat]!;
    ctx.stroke(outlines[cat]!);
  }
  ctx.strokeStyle = p.danger;
  ctx.lineWidth = 1.5;
  ctx.stroke(foreign);
  ctx.fillStyle = p.warning;
  ctx.fill(sensitive);
  ctx.fillStyle = p.accent;
  ctx.fill(selected);
}

function ring(f: TimelineFrame, i: number, plotW: number, colour: string, lineWidth: number): void {
  const { ctx, layout, columns, view } = f;
  const lane = layout.lanes[laneOf(layout, columns.room[i] ?? NO_REF)]!;
  const x0 = toX(columns.ts[i]!, view, plotW);
  const x1 = Math.max(x0 + MIN_MARK, toX(columns.ts[i]! + columns.durationMs[i]!, view, plotW));
  ctx.strokeStyle = colour;
  ctx.lineWidth = lineWidth;
  ctx.strokeRect(x0 - 3, lane.top + 5, x1 - x0 + 6, lane.height - 10);
}
