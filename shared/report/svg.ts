// Inline SVG charts for the self-contained report. Drawn by hand instead of with Observable Plot because Plot
// needs a DOM document and the CLI renders reports in plain Node; these four small charts (bars, horizontal
// bars, heatmap, stacked bars) are enough. Colours come from CSS variables so print and dark mode restyle them.

import { escapeHtml } from '../gdpr/escape';

export interface Datum {
  label: string;
  value: number;
}

const FONT = 11;

/**
 * Width the label column needs. Without a DOM there is no text measuring, so this estimates from the character
 * count (0.6 em is a safe upper bound for system-ui at this size) and clamps to keep room for the bars.
 */
export function labelColumn(labels: readonly string[], min: number, max: number): number {
  const longest = Math.max(0, ...labels.map((l) => [...l].length));
  return Math.round(Math.min(max, Math.max(min, longest * FONT * 0.6 + 12)));
}

/** Labels that would not fit even the widest column are shortened with an ellipsis rather than cut by the edge. */
function fit(label: string, width: number): string {
  const glyphs = [...label];
  if (glyphs.length * FONT * 0.6 + 12 <= width + 0.5) return label;
  const chars = Math.floor((width - 12) / (FONT * 0.6));
  return `${glyphs.slice(0, Math.max(1, chars - 1)).join('')}…`;
}

function svg(width: number, height: number, title: string, body: string): string {
  return `<svg class="chart" role="img" viewBox="0 0 ${width} ${height}" width="100%" preserveAspectRatio="xMinYMin meet"><title>${escapeHtml(title)}</title>${body}</svg>`;
}

const text = (x: number, y: number, value: string | number, anchor = 'start', cls = 'label'): string =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" text-anchor="${anchor}" class="${cls}" font-size="${FONT}">${escapeHtml(value)}</text>`;

/** Vertical bars with a label under each (months). Labels thin out when there are many bars. */
export function columnChart(data: readonly Datum[], title: string): string {
  const width = 640;
  const height = 180;
  const top = 16;
  const bottom = 28;
  const max = Math.max(1, ...data.map((d) => d.value));
  // A few months should not become a few huge slabs: bars are at most 56 px apart.
  const slot = Math.min(56, (width - 40) / Math.max(1, data.length));
  const every = Math.ceil(data.length / 12);
  const bars = data
    .map((d, i) => {
      const h = ((height - top - bottom) * d.value) / max;
      const x = 36 + i * slot;
      const y = height - bottom - h;
      return (
        `<rect class="bar" x="${(x + slot * 0.1).toFixed(1)}" y="${y.toFixed(1)}" width="${(slot * 0.8).toFixed(1)}" height="${h.toFixed(1)}"><title>${escapeHtml(`${d.label}: ${d.value}`)}</title></rect>` +
        (d.value > 0 && slot > 18 ? text(x + slot / 2, y - 3, d.value, 'middle', 'value') : '') +
        (i % every === 0 ? text(x + slot / 2, height - bottom + 14, d.label, 'middle') : '')
      );
    })
    .join('');
  const axis = `<line class="axis" x1="34" x2="${width}" y1="${height - bottom}" y2="${height - bottom}"/>${text(30, top + 4, max, 'end', 'muted')}${text(30, height - bottom, 0, 'end', 'muted')}`;
  return svg(width, height, title, axis + bars);
}

/** Horizontal bars with the label left and the value right (devices, sources, retention). */
export function barList(data: readonly Datum[], title: string, max = Math.max(1, ...data.map((d) => d.value))): string {
  const width = 640;
  const row = 22;
  const labelWidth = labelColumn(
    data.map((d) => d.label),
    80,
    300,
  );
  const barWidth = width - labelWidth - 60;
  const body = data
    .map((d, i) => {
      const y = i * row;
      const w = (barWidth * d.value) / Math.max(1, max);
      return `${text(labelWidth - 8, y + 15, fit(d.label, labelWidth), 'end')}<rect class="bar" x="${labelWidth}" y="${y + 4}" width="${w.toFixed(1)}" height="${row - 8}"/>${text(labelWidth + w + 6, y + 15, d.value, 'start', 'value')}`;
    })
    .join('');
  return svg(width, Math.max(row, data.length * row), title, body);
}

/** Rows × 24 hours; cell opacity scales with the count, the count is printed in non-empty cells. */
export function heatmap(rows: readonly { label: string; values: readonly number[] }[], title: string): string {
  const labelWidth = labelColumn(
    rows.map((r) => r.label),
    60,
    200,
  );
  const max = Math.max(1, ...rows.flatMap((r) => r.values));
  // Wide enough for the largest number, so neighbouring cells never print as one ("176206").
  const cell = Math.max(21, String(max).length * 7 + 8);
  const width = labelWidth + 24 * cell + 4;
  const height = 18 + rows.length * 21;
  const hours = Array.from({ length: 24 }, (_, h) =>
    h % 3 === 0 ? text(labelWidth + h * cell + cell / 2, 12, h, 'middle', 'muted') : '',
  ).join('');
  const cells = rows
    .map((r, i) => {
      const y = 18 + i * 21;
      return (
        text(labelWidth - 6, y + 14, fit(r.label, labelWidth), 'end') +
        r.values
          .map((v, h) => {
            const x = labelWidth + h * cell;
            const opacity = v === 0 ? 0 : 0.15 + (0.85 * v) / max;
            return `<rect class="cell-bg" x="${x}" y="${y}" width="${cell - 2}" height="19"/><rect class="cell" x="${x}" y="${y}" width="${cell - 2}" height="19" fill-opacity="${opacity.toFixed(2)}"><title>${escapeHtml(`${r.label} ${h}:00 – ${v}`)}</title></rect>${v > 0 ? text(x + (cell - 2) / 2, y + 14, v, 'middle', opacity > 0.55 ? 'on-accent' : 'value') : ''}`;
          })
          .join('')
      );
    })
    .join('');
  return svg(width, height, title, hours + cells);
}

/** One stacked bar per row (categories per room), shares of the row total, with a legend below. */
export function stackedBars(
  rows: readonly { label: string; parts: readonly Datum[] }[],
  colors: readonly string[],
  title: string,
): string {
  const labelWidth = labelColumn(
    rows.map((r) => r.label),
    60,
    200,
  );
  const width = 640;
  const barWidth = width - labelWidth - 10;
  const row = 24;
  const keys = rows[0]?.parts.map((p) => p.label) ?? [];
  const used = keys.filter((_, k) => rows.some((r) => (r.parts[k]?.value ?? 0) > 0));
  const bars = rows
    .map((r, i) => {
      const total = r.parts.reduce((a, p) => a + p.value, 0) || 1;
      let x = labelWidth;
      const y = i * row;
      return (
        text(labelWidth - 6, y + 16, fit(r.label, labelWidth), 'end') +
        r.parts
          .map((p, k) => {
            const w = (barWidth * p.value) / total;
            const rect = p.value
              ? `<rect x="${x.toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="${row - 8}" fill="${colors[k % colors.length]}"><title>${escapeHtml(`${r.label} – ${p.label}: ${p.value}`)}</title></rect>`
              : '';
            x += w;
            return rect;
          })
          .join('')
      );
    })
    .join('');
  const legendTop = rows.length * row + 8;
  const legend = used
    .map((key, j) => {
      const k = keys.indexOf(key);
      const x = (j % 3) * 210;
      const y = legendTop + Math.floor(j / 3) * 18;
      return `<rect x="${x}" y="${y}" width="12" height="12" fill="${colors[k % colors.length]}"/>${text(x + 17, y + 10, key)}`;
    })
    .join('');
  return svg(width, legendTop + Math.ceil(used.length / 3) * 18 + 4, title, bars + legend);
}
