// Imperative heart of the timeline: owns the view window, pointer/wheel/keyboard handling and the
// requestAnimationFrame loop, so panning and zooming never re-render React. The component only forwards props.

import { FrameStats } from '../shared-canvas/frame-stats';
import { fitCanvas } from '../shared-canvas/hidpi';
import { zoneClock } from '../../../shared/time/zones';
import { readPalette, type Palette } from '../shared-canvas/palette';
import type { Bins } from './bins';
import { describeCapture } from './describe';
import { drawTimeline } from './draw';
import { hitTest } from './hit-test';
import { buildLanes, laneAtY, laneOf, type LaneLayout } from './lanes';
import { fitAll, panBy, span, toTime, toX, wheelZoomFactor, zoomAt, type View } from './scale';
import { formatInstant } from './ticks';
import type { TimelineProps } from './types';
import { lowerBound, maxDuration } from './window';

const FIRST_PAINT_MARK = 'earshot:timeline-first-paint';

export const AXIS_HEIGHT = 28;
export const GUTTER = 132;

/** The props the canvas shows (functions follow `language`). */
const DRAWN_PROPS = ['columns', 'visible', 'timeZone', 'language', 'selected', 'highlight', 'laneHeight'] as const;

export class TimelineController {
  props!: TimelineProps;
  view: View | null = null;
  readonly stats = new FrameStats();
  brushMode = false;
  private layout!: LaneLayout;
  private maxDurationMs = 0;
  private bins?: Bins;
  private frame = 0;
  private hover = -1;
  private focusLane = 0;
  private cursor = -1;
  private brush: View | null = null;
  private drag: { x: number; view: View; brush: boolean; moved: boolean } | null = null;
  private viewTimer = 0;
  private cssWidth = 0;
  private readonly resize: ResizeObserver;
  /**
   * The colours come from the theme's CSS variables, read once per theme (getComputedStyle in every frame
   * cost a style pass per draw): a theme switch reads them again and redraws even when no prop changed.
   */
  private palette: Palette | null = null;
  private readonly theme = new MutationObserver(() => {
    this.palette = null;
    this.requestDraw();
  });

  constructor(
    readonly canvas: HTMLCanvasElement,
    private readonly tooltip: HTMLElement,
    private readonly live: HTMLElement,
  ) {
    this.resize = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      if (width === this.cssWidth) return;
      this.cssWidth = width;
      this.requestDraw();
    });
    this.resize.observe(canvas);
    this.theme.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    canvas.addEventListener('wheel', this.onWheel, { passive: false });
    canvas.addEventListener('pointerdown', this.onPointerDown);
    canvas.addEventListener('pointermove', this.onPointerMove);
    canvas.addEventListener('pointerup', this.onPointerUp);
    canvas.addEventListener('pointerleave', this.onPointerLeave);
    canvas.addEventListener('keydown', this.onKeyDown);
    canvas.addEventListener('focus', this.requestDraw);
    canvas.addEventListener('blur', this.requestDraw);
  }

  setProps(props: TimelineProps): void {
    const previous = this.props as TimelineProps | undefined;
    this.props = props;
    if (previous?.columns !== props.columns || previous.laneHeight !== props.laneHeight) {
      this.layout = buildLanes(props.columns.rooms, props.laneHeight ?? 44, AXIS_HEIGHT);
      this.maxDurationMs = maxDuration(props.columns.durationMs);
      this.canvas.style.height = `${this.layout.totalHeight}px`;
      this.hover = -1;
      this.cursor = -1;
    }
    if (this.view === null && props.visible.length > 0) this.fit();
    // React renders the shell for many reasons (a filter change renders once for the URL and once for the
    // filter worker's answer); the canvas is drawn again only when something it shows has changed.
    if (previous && DRAWN_PROPS.every((key) => previous[key] === props[key])) return;
    this.requestDraw();
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.viewTimer);
    this.resize.disconnect();
    this.theme.disconnect();
    this.canvas.removeEventListener('wheel', this.onWheel);
    this.canvas.removeEventListener('pointerdown', this.onPointerDown);
    this.canvas.removeEventListener('pointermove', this.onPointerMove);
    this.canvas.removeEventListener('pointerup', this.onPointerUp);
    this.canvas.removeEventListener('pointerleave', this.onPointerLeave);
    this.canvas.removeEventListener('keydown', this.onKeyDown);
    this.canvas.removeEventListener('focus', this.requestDraw);
    this.canvas.removeEventListener('blur', this.requestDraw);
  }

  fit(): void {
    const { columns, visible } = this.props;
    const first = visible.length > 0 ? columns.ts[visible[0]!]! : NaN;
    const last = visible.length > 0 ? columns.ts[visible[visible.length - 1]!]! : NaN;
    this.setView(fitAll(first, last));
  }

  zoom(factor: number, anchorX = this.plotWidth() / 2): void {
    if (this.view) this.setView(zoomAt(this.view, factor, anchorX, this.plotWidth()));
  }

  pan(dxPx: number): void {
    if (this.view) this.setView(panBy(this.view, dxPx, this.plotWidth()));
  }

  setView(view: View): void {
    this.view = view;
    this.requestDraw();
    clearTimeout(this.viewTimer);
    this.viewTimer = window.setTimeout(() => this.props.onViewChange?.({ from: view.start, to: view.end }), 150);
  }

  readonly requestDraw = (): void => {
    if (this.frame === 0) this.frame = requestAnimationFrame(this.draw);
  };

  private readPalette(): Palette {
    const palette = this.palette ?? readPalette(this.canvas);
    this.palette = palette.fromTheme ? palette : null;
    return palette;
  }

  private plotWidth(): number {
    return Math.max(1, this.cssWidth - GUTTER);
  }

  private readonly draw = (): void => {
    this.frame = 0;
    // The first frame comes before the resize observer's first report (it is delivered after this frame's
    // layout): the canvas's width is read here, so the first paint is this frame and not the next one.
    if (this.cssWidth === 0) this.cssWidth = contentWidth(this.canvas);
    if (!this.view || this.cssWidth === 0) return;
    const started = performance.now();
    const { props, layout } = this;
    const size = fitCanvas(this.canvas, this.cssWidth, layout.totalHeight);
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    const t = props.t;
    this.bins = drawTimeline({
      ctx,
      width: size.width,
      height: size.height,
      gutter: GUTTER,
      columns: props.columns,
      visible: props.visible,
      view: this.view,
      layout,
      laneLabels: layout.lanes.map((l) =>
        l.room === null ? t('views.timeline.noRoom') : (props.columns.rooms[l.room]?.name ?? ''),
      ),
      palette: this.readPalette(),
      clock: zoneClock(props.timeZone),
      language: props.language,
      maxDurationMs: this.maxDurationMs,
      selected: props.selected,
      highlight: props.highlight,
      hover: this.hover,
      cursor: this.cursor,
      focusLane: this.focusLane,
      focused: document.activeElement === this.canvas,
      brush: this.brush,
      bins: this.bins,
    });
    this.canvas.dataset.viewStart = String(Math.round(this.view.start));
    this.canvas.dataset.viewEnd = String(Math.round(this.view.end));
    this.stats.record(performance.now() - started);
    // The benchmark's cold-start figure (bench/measure/views.ts) reads this mark, set once per page.
    if (performance.getEntriesByName(FIRST_PAINT_MARK).length === 0) performance.mark(FIRST_PAINT_MARK);
  };

  private local(e: MouseEvent): { x: number; y: number } {
    const rect = this.canvas.getBoundingClientRect();
    return { x: e.clientX - rect.left - GUTTER, y: e.clientY - rect.top };
  }

  private hitAt(x: number, y: number): number {
    if (!this.view || x < 0) return -1;
    return hitTest({
      columns: this.props.columns,
      visible: this.props.visible,
      layout: this.layout,
      view: this.view,
      width: this.plotWidth(),
      lane: laneAtY(this.layout, y),
      x,
      radiusPx: 5,
      maxDurationMs: this.maxDurationMs,
      minMarkPx: 2,
    });
  }

  private readonly onWheel = (e: WheelEvent): void => {
    e.preventDefault();
    const { x } = this.local(e);
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
    if (!e.ctrlKey && (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY))) {
      this.pan(-(e.shiftKey && e.deltaX === 0 ? e.deltaY : e.deltaX) * unit);
    } else {
      this.zoom(wheelZoomFactor(e.deltaY * unit, e.ctrlKey), Math.max(0, x));
    }
    this.hideTooltip();
  };

  private readonly onPointerDown = (e: PointerEvent): void => {
    if (e.button !== 0 || !this.view) return;
    this.canvas.setPointerCapture(e.pointerId);
    this.drag = { x: e.clientX, view: this.view, brush: e.shiftKey || this.brushMode, moved: false };
  };

  private readonly onPointerMove = (e: PointerEvent): void => {
    const { x, y } = this.local(e);
    const drag = this.drag;
    if (drag) {
      const dx = e.clientX - drag.x;
      if (Math.abs(dx) > 3) drag.moved = true;
      if (!drag.moved) return;
      if (drag.brush) {
        const startX = drag.x - this.canvas.getBoundingClientRect().left - GUTTER;
        this.brush = {
          start: toTime(startX, drag.view, this.plotWidth()),
          end: toTime(x, drag.view, this.plotWidth()),
        };
        this.requestDraw();
      } else this.setView(panBy(drag.view, dx, this.plotWidth()));
      this.hideTooltip();
      return;
    }
    const hit = this.hitAt(x, y);
    if (hit !== this.hover) {
      this.hover = hit;
      this.canvas.style.cursor = hit >= 0 ? 'pointer' : 'grab';
      this.requestDraw();
    }
    if (hit >= 0) this.showTooltip(hit, e.clientX, e.clientY);
    else this.hideTooltip();
  };

  private readonly onPointerUp = (e: PointerEvent): void => {
    const drag = this.drag;
    this.drag = null;
    if (!drag) return;
    if (!drag.moved) {
      const { x, y } = this.local(e);
      const hit = this.hitAt(x, y);
      if (hit >= 0) this.props.onOpenClip(hit);
    } else if (drag.brush && this.brush) {
      const from = Math.min(this.brush.start, this.brush.end);
      const to = Math.max(this.brush.start, this.brush.end);
      this.props.onBrush({ from, to });
      this.announce(this.props.t('views.timeline.brushed', { from: this.when(from), to: this.when(to) }));
    }
  };

  private readonly onPointerLeave = (): void => {
    if (this.hover >= 0) {
      this.hover = -1;
      this.requestDraw();
    }
    this.hideTooltip();
  };

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    const w = this.plotWidth();
    let handled = true;
    switch (e.key) {
      case '+':
      case '=':
        this.zoom(1 / 1.5);
        break;
      case '-':
      case '_':
        this.zoom(1.5);
        break;
      case 'ArrowLeft':
        this.pan(w * (e.shiftKey ? 0.5 : 0.1));
        break;
      case 'ArrowRight':
        this.pan(-w * (e.shiftKey ? 0.5 : 0.1));
        break;
      case 'ArrowUp':
      case 'ArrowDown':
        this.focusLane = Math.max(
          0,
          Math.min(this.layout.lanes.length - 1, this.focusLane + (e.key === 'ArrowUp' ? -1 : 1)),
        );
        this.cursor = -1;
        this.hideTooltip();
        this.requestDraw();
        break;
      case 'Home':
        this.fit();
        break;
      case ']':
      case '[':
        this.step(e.key === ']' ? 1 : -1);
        break;
      case 'Enter':
        if (this.cursor >= 0) this.props.onOpenClip(this.cursor);
        else handled = false;
        break;
      case 'b':
      case 'B':
        this.brushMode = !this.brushMode;
        this.canvas.dataset.brushMode = String(this.brushMode);
        break;
      case 'Escape':
        if (this.brush) {
          this.brush = null;
          this.props.onBrush(null);
          this.requestDraw();
        } else handled = false;
        break;
      default:
        handled = false;
    }
    if (handled) e.preventDefault();
  };

  /** Moves the keyboard cursor to the next/previous capture in the focused lane, panning it into view. */
  private step(direction: 1 | -1): void {
    const { columns, visible } = this.props;
    if (!this.view || visible.length === 0) return;
    const from = this.cursor >= 0 ? columns.ts[this.cursor]! : direction > 0 ? this.view.start : this.view.end;
    let k = lowerBound(columns.ts, visible, from);
    if (this.cursor >= 0)
      while (k < visible.length && visible[k] !== this.cursor && columns.ts[visible[k]!] === from) k++;
    if (direction > 0 && this.cursor >= 0) k++;
    if (direction < 0) k--;
    for (; k >= 0 && k < visible.length; k += direction) {
      if (laneOf(this.layout, columns.room[visible[k]!]!) !== this.focusLane) continue;
      this.cursor = visible[k]!;
      const ts = columns.ts[this.cursor]!;
      if (ts < this.view.start || ts > this.view.end) {
        const half = span(this.view) / 2;
        this.setView({ start: ts - half, end: ts + half });
      } else this.requestDraw();
      const rect = this.canvas.getBoundingClientRect();
      const view = this.view;
      const lane = this.layout.lanes[this.focusLane]!;
      this.showTooltip(
        this.cursor,
        rect.left + GUTTER + toX(ts, view, this.plotWidth()),
        rect.top + lane.top + lane.height,
      );
      this.announce(describeCapture(this.props, this.cursor).join(', '));
      return;
    }
  }

  private when(ts: number): string {
    return formatInstant(ts, this.props.timeZone, this.props.language);
  }

  private showTooltip(i: number, clientX: number, clientY: number): void {
    const lines = describeCapture(this.props, i);
    // textContent only: transcripts come from untrusted exports.
    this.tooltip.replaceChildren(
      ...lines.map((line) => Object.assign(document.createElement('div'), { textContent: line })),
    );
    const host = this.tooltip.offsetParent?.getBoundingClientRect() ?? { left: 0, top: 0, width: window.innerWidth };
    const left = Math.min(clientX - host.left + 12, host.width - 300);
    this.tooltip.style.transform = `translate(${Math.max(0, left)}px, ${clientY - host.top + 14}px)`;
    this.tooltip.hidden = false;
  }

  private hideTooltip(): void {
    this.tooltip.hidden = true;
  }

  private announce(text: string): void {
    this.live.textContent = text;
  }
}

/** The width of the canvas's content box, as the resize observer's `contentRect` reports it. */
function contentWidth(canvas: HTMLCanvasElement): number {
  const style = getComputedStyle(canvas);
  const edges = ['borderLeftWidth', 'borderRightWidth', 'paddingLeft', 'paddingRight'] as const;
  return Math.max(
    0,
    canvas.getBoundingClientRect().width - edges.reduce((sum, key) => sum + parseFloat(style[key]), 0),
  );
}
