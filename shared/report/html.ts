// The self-contained HTML report: one file, inline CSS and inline SVG, no external resource, a CSP that forbids
// scripts and network, every string escaped (transcripts are untrusted). Readable on screen, in dark mode
// (prefers-color-scheme) and in print (Electron printToPDF / the browser's print dialog). German and English.
// `renderReportBody` is the same markup without the page around it: the app prints it from a shadow root, so the
// PDF, the HTML file and the CLI output all come from this one renderer.

import { escapeHtml, SELF_CONTAINED_CSP } from '../gdpr/escape';
import { formatLongDate, formatMonth, formatNumber, formatPercent, parseIsoDate, type IsoDate } from '../i18n-format';
import { CATEGORIES, type Language } from '../model';
import { formatNightHours } from '../night';
import { CATEGORY_LABELS, FLAG_LABELS, REPORT_LABELS, SOURCE_LABELS, type ReportLabels } from './labels';
import type { SeriesUnit } from './series';
import { REPORT_CSS } from './style';
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

export interface HtmlOptions {
  lang: Language;
  /** Day the report was made (header). Defaults to the summary's `asOf`. */
  generatedOn?: string;
}

/** The report's content (`<article class="report">…</article>`; the page or app around it owns `<main>`), to be placed in a page or shadow root with REPORT_CSS. */
export function renderReportBody(summary: Summary, options: HtmlOptions): string {
  const { lang } = options;
  const t = REPORT_LABELS[lang];
  const num = (n: number) => formatNumber(n, lang);
  const pct = (s: number) => formatPercent(s, lang);
  const roomName = (r: RoomRef) => r.name || t.unknownRoom;
  const sections = [
    header(summary, t, options),
    deadlineSection(summary, t, lang),
    section(
      t.overTime[summary.overTime.unit],
      columnChart(
        summary.overTime.buckets.map((b) => ({
          label: bucketLabel(b.start, summary.overTime.unit, lang),
          value: b.count,
        })),
        t.overTime[summary.overTime.unit],
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
    shareSection(t.accidental, summary.accidental, t, lang, archiveOnly(summary)),
    shareSection(t.notUnderstood, summary.notUnderstood, t, lang, archiveOnly(summary)),
    section(
      t.nightPrivate.replace('{hours}', formatNightHours(summary.nightHours)),
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
      summary.topGroups.length && summary.topGroups.every((g) => g.label === undefined)
        ? // Numbers only: no texts to show, so the commands are named by their category, not by rows of "–".
          `<p class="note">${escapeHtml(t.topGroupsCounts)}</p>${table(
            [t.category, t.count],
            summary.topGroups.map((g) => [CATEGORY_LABELS[lang][g.category], num(g.count)]),
            [false, true],
          )}`
        : summary.topGroups.length
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
        summary.perSource.map((s) => ({ label: SOURCE_LABELS[lang][s.source], value: s.count })),
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
        ['t', false, false, ...(summary.privacy === 'counts' ? [] : [false]), true],
      ),
    ),
    retention(summary, t, lang),
  ];
  return `<article class="report" lang="${lang}">\n${sections.join('\n')}\n</article>`;
}

export function renderReportHtml(summary: Summary, options: HtmlOptions): string {
  return `<!DOCTYPE html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${SELF_CONTAINED_CSP}">
<title>${escapeHtml(REPORT_LABELS[options.lang].title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${renderReportBody(summary, options)}
</body>
</html>
`;
}

const LOCALES: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

/** Chart label of a time bucket: `18. Okt.` / `18 Oct` for days and weeks, `Okt. 2026` / `Oct 2026` for months. */
export function bucketLabel(start: IsoDate, unit: SeriesUnit, lang: Language): string {
  if (unit === 'month') return formatMonth(start.slice(0, 7), lang);
  const { year, month, day } = parseIsoDate(start);
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, day),
  );
}

function header(s: Summary, t: ReportLabels, options: HtmlOptions): string {
  const { lang } = options;
  const span = s.from && s.to ? `${formatLongDate(s.from, lang)} – ${formatLongDate(s.to, lang)}` : '–';
  const figure = (label: string, value: string) =>
    // A word ("unbekannt") instead of a number gets a smaller size, so it stays inside its box.
    `<div class="figure"><b${/\d/.test(value) ? '' : ' class="word"'}>${escapeHtml(value)}</b>${escapeHtml(label)}</div>`;
  return `<header><h1>${escapeHtml(t.title)}</h1>
<p class="meta">${escapeHtml(t.generated)}: ${escapeHtml(formatLongDate(options.generatedOn ?? s.asOf, lang))} · ${escapeHtml(t.span)}: ${escapeHtml(span)} · ${escapeHtml(s.timeZone)}</p>
<p class="note">${escapeHtml(t.privacy[s.privacy])} ${escapeHtml(t.audioNote)}${s.excludedForeign ? ` ${escapeHtml(t.foreignExcluded(formatNumber(s.excludedForeign, lang)))}` : ''}${notCounted(s, t, lang)}</p>
<div class="figures">${figure(t.total, formatNumber(s.total, lang))}${figure(t.accidental, shareFigure(s.accidental, t, lang))}${figure(t.notUnderstood, shareFigure(s.notUnderstood, t, lang))}${figure(t.nightPrivate.replace('{hours}', formatNightHours(s.nightHours)), formatNumber(s.nightPrivate.count, lang))}${figure(t.children, formatNumber(s.children.count, lang))}</div></header>`;
}

const section = (title: string, body: string): string => `<section><h2>${escapeHtml(title)}</h2>${body}</section>`;

/** `kinds[i]`: true for a number column (right-aligned), 't' for a time column (kept on one line). */
function table(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  kinds: readonly (boolean | 't')[],
): string {
  const cls = (i: number) => (kinds[i] === true ? ' class="n"' : kinds[i] === 't' ? ' class="t"' : '');
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
    ['t', false, false],
  );
}

/** A share's headline figure: "unknown" where the exports cannot tell (never a guessed 0 %). */
function shareFigure(s: ShareSection, t: ReportLabels, lang: Language): string {
  return s.undetermined ? t.unknownShare : formatPercent(s.share, lang);
}

const archiveOnly = (s: Summary): boolean =>
  s.perSource.length > 0 && s.perSource.every((p) => p.source === 'alexa-archive');

function shareSection(title: string, s: ShareSection, t: ReportLabels, lang: Language, archive: boolean): string {
  const pct = (x: number) => formatPercent(x, lang);
  if (s.undetermined) {
    const hint = archive ? ` ${escapeHtml(t.archiveHint)}` : '';
    return section(
      title,
      `<p><b>${escapeHtml(t.unknownShare)}</b> — ${escapeHtml(t.undetermined(formatNumber(s.unknown, lang)))}${hint}</p>`,
    );
  }
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
  const of = s.unknown ? t.ofKnown(formatNumber(s.known, lang)) : t.ofAll;
  const unknown = s.unknown ? ` · ${escapeHtml(t.withoutReason(formatNumber(s.unknown, lang)))}` : '';
  return section(
    title,
    `<p><b>${formatNumber(s.count, lang)}</b> (${pct(s.share)} ${escapeHtml(of)})${unknown}</p>${body}`,
  );
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

/** "Not counted: 7 Alexa prompts, 24 voice-training clips." — other-device records fold into their capture. */
function notCounted(s: Summary, t: ReportLabels, lang: Language): string {
  const list = (['assistant', 'voice-training', 'activity', 'unrecognised'] as const)
    .filter((k) => s.perKind[k] > 0)
    .map((k) => `${formatNumber(s.perKind[k], lang)} ${t.kinds[k]}`);
  return list.length ? ` ${escapeHtml(t.kindsExcluded(list.join(', ')))}` : '';
}

/** Each request's deadline as one line. */
function deadlineSection(s: Summary, t: ReportLabels, lang: Language): string {
  if (!s.deadlines.length) return '';
  const items = s.deadlines
    .map(
      (d) =>
        `<li>${escapeHtml(d.label)} — ${escapeHtml(t.dueOn)} ${escapeHtml(formatLongDate(d.dueOn, lang))} (${escapeHtml(d.status)})</li>`,
    )
    .join('');
  return `<section><h2>${escapeHtml(t.deadlines)}</h2><ul class="deadlines">${items}</ul></section>`;
}
