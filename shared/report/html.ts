// The self-contained HTML report: one file, inline CSS and inline SVG, no external resource, a CSP that forbids
// scripts and network, every string escaped (transcripts are untrusted). Readable on screen, in dark mode
// (prefers-color-scheme) and in print (Electron printToPDF / the browser's print dialog). German and English.

import { escapeHtml, SELF_CONTAINED_CSP } from '../gdpr/escape';
import { formatLongDate, formatMonth, formatNumber, formatPercent } from '../i18n-format';
import { CATEGORIES, type Language } from '../model';
import { CATEGORY_LABELS, FLAG_LABELS, REPORT_LABELS, SOURCE_LABELS, type ReportLabels } from './labels';
import type { Example, RoomRef, ShareSection, Summary } from './summary';
import { barList, columnChart, heatmap, stackedBars } from './svg';

// Distinguishable on light and dark backgrounds (Okabe–Ito based).
const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#7F3C8D',
  '#3B9AB2',
  '#A5682A',
  '#8C8C8C',
];

const CSS = `
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #ffffff; --muted: #5f5f5f; --accent: #0b6bcb; --line: #d0d0d0; --card: #f4f6f8; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8e8e8; --bg: #121417; --muted: #a0a0a0; --accent: #5aa9ff; --line: #3a3f45; --card: #1c2026; } }
body { font: 14px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: var(--fg); background: var(--bg); max-width: 50rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
.meta, .note, .muted { color: var(--muted); } .note { font-size: .9em; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .6rem; margin: 1rem 0; }
.figure { background: var(--card); border-radius: 6px; padding: .5rem .7rem; } .figure b { display: block; font-size: 1.4rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; } th, td { text-align: left; padding: .2rem .4rem; border-bottom: 1px solid var(--line); vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
svg.chart { display: block; margin: .5rem 0; overflow: visible; } svg .label, svg .value { fill: var(--fg); } svg .muted { fill: var(--muted); }
svg .bar, svg .cell { fill: var(--accent); } svg .cell-bg { fill: var(--card); } svg .axis { stroke: var(--line); } svg .on-accent { fill: #fff; }
section { break-inside: avoid-page; }
@media print { :root { --fg: #000; --bg: #fff; --muted: #444; --accent: #0b5cad; --line: #bbb; --card: #eef1f4; } body { margin: 0; max-width: none; }
  @page { size: A4; margin: 1.6cm; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
`;

export interface HtmlOptions {
  lang: Language;
  /** Day the report was made (header). Defaults to the summary's `asOf`. */
  generatedOn?: string;
}

export function renderReportHtml(summary: Summary, options: HtmlOptions): string {
  const { lang } = options;
  const t = REPORT_LABELS[lang];
  const num = (n: number) => formatNumber(n, lang);
  const pct = (s: number) => formatPercent(s, lang);
  const roomName = (r: RoomRef) => r.name || t.unknownRoom;
  const sections = [
    header(summary, t, options),
    section(
      t.perMonth,
      columnChart(
        summary.perMonth.map((m) => ({ label: formatMonth(m.month, lang), value: m.count })),
        t.perMonth,
      ),
    ),
    section(
      t.heatmap,
      `<p class="note">${escapeHtml(t.heatmapNote)}</p>${heatmap(
        summary.heatmap.map((r) => ({ label: roomName(r), values: r.hours })),
        t.heatmap,
      )}`,
    ),
    section(
      t.categoriesPerRoom,
      stackedBars(
        summary.categoriesPerRoom.map((r) => ({
          label: roomName(r),
          parts: CATEGORIES.map((k) => ({ label: CATEGORY_LABELS[lang][k], value: r.counts[k] })),
        })),
        PALETTE,
        t.categoriesPerRoom,
      ),
    ),
    shareSection(t.accidental, summary.accidental, t, lang),
    shareSection(t.notUnderstood, summary.notUnderstood, t, lang),
    section(
      t.nightPrivate,
      `<p><b>${num(summary.nightPrivate.count)}</b></p>${roomCounts(summary.nightPrivate.byRoom, t)}${examples(summary.nightPrivate.examples, t)}`,
    ),
    section(
      t.sensitive,
      table(
        [t.category, t.count],
        summary.sensitive.map((s) => [FLAG_LABELS[lang][s.flag], num(s.count)]),
        [false, true],
      ) +
        summary.sensitive
          .map((s) =>
            s.examples?.length ? `<h3>${escapeHtml(FLAG_LABELS[lang][s.flag])}</h3>${examples(s.examples, t)}` : '',
          )
          .join(''),
    ),
    section(
      t.children,
      `<p><b>${num(summary.children.count)}</b> (${pct(summary.children.share)} ${escapeHtml(t.ofAll)})</p>${roomCounts(summary.children.byRoom, t)}${examples(summary.children.examples, t)}`,
    ),
    section(
      t.topGroups,
      summary.topGroups.length
        ? table(
            [t.text, t.category, t.count],
            summary.topGroups.map((g) => [g.label ?? '–', CATEGORY_LABELS[lang][g.category], num(g.count)]),
            [false, false, true],
          )
        : `<p class="muted">${escapeHtml(t.none)}</p>`,
    ),
    section(
      t.perDevice,
      barList(
        summary.perDevice.map((d) => ({ label: d.name || t.unknownDevice, value: d.count })),
        t.perDevice,
      ),
    ),
    section(
      t.perSource,
      barList(
        summary.perSource.map((s) => ({ label: SOURCE_LABELS[s.source], value: s.count })),
        t.perSource,
      ),
    ),
    section(
      t.oldest,
      table(
        [t.time, t.device, t.room, ...(summary.privacy === 'counts' ? [] : [t.text]), t.ageDays],
        summary.oldest.map((o) => [
          o.localTime,
          o.device || t.unknownDevice,
          roomName(o),
          ...(summary.privacy === 'counts' ? [] : [o.text ?? '']),
          num(o.ageDays),
        ]),
        [false, false, false, ...(summary.privacy === 'counts' ? [] : [false]), true],
      ),
    ),
    retention(summary, t, lang),
  ];
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${SELF_CONTAINED_CSP}">
<title>${escapeHtml(t.title)}</title>
<style>${CSS}</style>
</head>
<body>
${sections.join('\n')}
</body>
</html>
`;
}

function header(s: Summary, t: ReportLabels, options: HtmlOptions): string {
  const { lang } = options;
  const span = s.from && s.to ? `${formatLongDate(s.from, lang)} – ${formatLongDate(s.to, lang)}` : '–';
  const figure = (label: string, value: string) =>
    `<div class="figure"><b>${escapeHtml(value)}</b>${escapeHtml(label)}</div>`;
  return `<header><h1>${escapeHtml(t.title)}</h1>
<p class="meta">${escapeHtml(t.generated)}: ${escapeHtml(formatLongDate(options.generatedOn ?? s.asOf, lang))} · ${escapeHtml(t.span)}: ${escapeHtml(span)} · ${escapeHtml(s.timeZone)}</p>
<p class="note">${escapeHtml(t.privacy[s.privacy])} ${escapeHtml(t.audioNote)}${s.excludedForeign ? ` ${escapeHtml(t.foreignExcluded(s.excludedForeign))}` : ''}</p>
<div class="figures">${figure(t.total, formatNumber(s.total, lang))}${figure(t.accidental, formatPercent(s.accidental.share, lang))}${figure(t.notUnderstood, formatPercent(s.notUnderstood.share, lang))}${figure(t.nightPrivate, formatNumber(s.nightPrivate.count, lang))}${figure(t.children, formatNumber(s.children.count, lang))}</div></header>`;
}

const section = (title: string, body: string): string => `<section><h2>${escapeHtml(title)}</h2>${body}</section>`;

function table(head: readonly string[], rows: readonly (readonly string[])[], numeric: readonly boolean[]): string {
  const cls = (i: number) => (numeric[i] ? ' class="n"' : '');
  return `<table><thead><tr>${head.map((h, i) => `<th${cls(i)}>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function roomCounts(rows: readonly (RoomRef & { count: number })[], t: ReportLabels): string {
  if (rows.length === 0) return '';
  return table(
    [t.room, t.count],
    rows.map((r) => [r.name || t.unknownRoom, String(r.count)]),
    [false, true],
  );
}

function examples(list: readonly Example[] | undefined, t: ReportLabels): string {
  if (!list?.length) return '';
  return table(
    [t.time, t.room, t.text],
    list.map((e) => [e.localTime, e.name || t.unknownRoom, e.text ?? '']),
    [false, false, false],
  );
}

function shareSection(title: string, s: ShareSection, t: ReportLabels, lang: Language): string {
  const pct = (x: number) => formatPercent(x, lang);
  const hours = table(
    [t.hour, t.count, t.share],
    s.worstHours.map((h) => [`${String(h.hour).padStart(2, '0')}:00`, `${h.count} / ${h.total}`, pct(h.share)]),
    [false, true, true],
  );
  const rooms = table(
    [t.room, t.count, t.share],
    s.worstRooms.map((r) => [r.name || t.unknownRoom, `${r.count} / ${r.total}`, pct(r.share)]),
    [false, true, true],
  );
  const body = s.count
    ? `<h3>${escapeHtml(t.worstHours)}</h3>${hours}<h3>${escapeHtml(t.worstRooms)}</h3>${rooms}`
    : '';
  return section(title, `<p><b>${formatNumber(s.count, lang)}</b> (${pct(s.share)} ${escapeHtml(t.ofAll)})</p>${body}`);
}

function retention(s: Summary, t: ReportLabels, lang: Language): string {
  const name = { amazon: 'Amazon Alexa', google: 'Google Assistant' } as const;
  const rows = s.retention.scenarios.filter((r) => r.providerTotal > 0);
  if (rows.length === 0) return section(t.retention, `<p class="muted">${escapeHtml(t.none)}</p>`);
  const data = rows.map((r) => ({
    label: `${name[r.provider]} · ${r.months} ${t.months}`,
    value: r.householdRemaining,
  }));
  return section(
    t.retention,
    `<p class="note">${escapeHtml(t.retentionNote)}</p>${barList(data, t.retention, s.retention.total)}${table(
      [t.scenario, t.remaining, t.household],
      rows.map((r) => [
        `${name[r.provider]} · ${r.months} ${t.months}`,
        `${formatNumber(r.providerRemaining, lang)} / ${formatNumber(r.providerTotal, lang)}`,
        `${formatNumber(r.householdRemaining, lang)} / ${formatNumber(s.retention.total, lang)}`,
      ]),
      [false, true, true],
    )}`,
  );
}
