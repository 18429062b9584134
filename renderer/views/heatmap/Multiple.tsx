// One heatmap of the small multiples: 7 weekday rows × 24 hour columns as SVG rects (168 nodes), coloured
// by count (accent) or accidental share (danger) through CSS variables, so it follows the theme by itself.

import { memo } from 'react';
import { CELLS, cellOf, type HeatmapBins } from './bin';
import { hourLabel } from './labels';

export type HeatmapMode = 'count' | 'share';

export interface MultipleProps {
  bins: HeatmapBins;
  multiple: number;
  mode: HeatmapMode;
  cell: number;
  title: string;
  isPrivate: boolean;
  weekdays: string[];
  /** Accessible name: what the grid shows, in words. */
  summary: string;
  focus: { weekday: number; hour: number };
  testId: string;
  onKeyDown: (e: React.KeyboardEvent<SVGSVGElement>) => void;
  onFocusCell: (multiple: number) => void;
  onHover: (multiple: number, cell: number, x: number, y: number) => void;
  onLeave: () => void;
  onActivate: (multiple: number, weekday: number, hour: number) => void;
}

export const LABEL_W = 34;
export const LABEL_H = 16;

export const Multiple = memo(function Multiple(p: MultipleProps) {
  const { bins, multiple, mode, cell: size } = p;
  const base = multiple * CELLS;
  let max = 0;
  for (let c = 0; c < CELLS; c++) max = Math.max(max, bins.counts[base + c]!);
  const width = LABEL_W + 24 * size;
  const height = LABEL_H + 7 * size;
  const rects = [];
  for (let wd = 0; wd < 7; wd++) {
    for (let h = 0; h < 24; h++) {
      const c = cellOf(wd, h);
      const count = bins.counts[base + c]!;
      const share = count > 0 ? bins.accidental[base + c]! / count : 0;
      const intensity =
        mode === 'count' ? (count > 0 ? 0.1 + 0.9 * (count / max) : 0) : count > 0 ? 0.08 + 0.92 * share : 0;
      rects.push(
        <rect
          key={c}
          x={LABEL_W + h * size + 1}
          y={LABEL_H + wd * size + 1}
          width={size - 2}
          height={size - 2}
          rx={2}
          fill={count === 0 ? 'var(--surface-2)' : mode === 'count' ? 'var(--accent)' : 'var(--danger)'}
          fillOpacity={count === 0 ? 1 : intensity}
          data-count={count}
          onMouseEnter={(e) => p.onHover(multiple, c, e.clientX, e.clientY)}
          onClick={() => p.onActivate(multiple, wd, h)}
        />,
      );
    }
  }
  const step = size >= 16 ? 3 : 6;
  return (
    <figure className="es-heatmap__multiple" data-testid={p.testId}>
      <figcaption>
        {p.isPrivate && <span className="es-heatmap__lock" aria-hidden="true" />}
        {p.title}
      </figcaption>
      <svg
        width={width}
        height={height}
        tabIndex={0}
        role="img"
        aria-label={p.summary}
        onKeyDown={p.onKeyDown}
        onFocus={() => p.onFocusCell(multiple)}
        onMouseLeave={p.onLeave}
      >
        {Array.from({ length: 24 / step }, (_, i) => (
          <text key={i} x={LABEL_W + i * step * size + 1} y={LABEL_H - 4} className="es-heatmap__axis">
            {hourLabel(i * step).slice(0, size >= 16 ? 5 : 2)}
          </text>
        ))}
        {p.weekdays.map((name, wd) => (
          <text key={name} x={0} y={LABEL_H + wd * size + size / 2 + 4} className="es-heatmap__axis">
            {name}
          </text>
        ))}
        {rects}
        <rect
          className="es-heatmap__focus"
          x={LABEL_W + p.focus.hour * size + 0.5}
          y={LABEL_H + p.focus.weekday * size + 0.5}
          width={size - 1}
          height={size - 1}
          rx={2}
        />
      </svg>
    </figure>
  );
});
