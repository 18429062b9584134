// The report's stylesheet. Written so it works both as a standalone page (`:root`, `body`) and inside the app's
// shadow root used for printing (`:host`): every layout rule targets `.report`, never the page. Colours are CSS
// variables so dark mode (prefers-color-scheme) and print (always light, ink-friendly) restyle the inline SVG too.

export const REPORT_CSS = `
:root, :host { color-scheme: light dark; --fg: #1b1b1b; --bg: #ffffff; --muted: #5f5f5f; --accent: #0b6bcb; --line: #d0d0d0; --card: #f4f6f8; }
@media (prefers-color-scheme: dark) { :root, :host { --fg: #e8e8e8; --bg: #121417; --muted: #a8adb3; --accent: #5aa9ff; --line: #3a3f45; --card: #1f242b; } }
body { margin: 0; color: var(--fg); background: var(--bg); }
.report { font: 14px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: var(--fg); background: var(--bg); max-width: 50rem; margin: 0 auto; padding: 2rem 1rem; }
.report h1 { font-size: 1.6rem; margin: 0 0 .2rem; } .report h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
.report h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
.report .meta, .report .note, .report .muted { color: var(--muted); } .report .note { font-size: .9em; }
.report .figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(6rem, 1fr)); gap: .6rem; margin: 1rem 0; }
.report .figure { background: var(--card); border-radius: 6px; padding: .5rem .7rem; } .report .figure b { display: block; font-size: 1.4rem; } .report .figure b.word { font-size: 1.05rem; padding: .2rem 0 .15rem; overflow-wrap: anywhere; }
.report .big { font-size: 1.2rem; }
.report table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
.report th, .report td { text-align: left; padding: .2rem .4rem; border-bottom: 1px solid var(--line); vertical-align: top; }
.report td.n, .report th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.report td.t { white-space: nowrap; }
.report svg.chart { display: block; margin: .5rem 0; overflow: visible; max-width: 100%; }
.report svg .label, .report svg .value { fill: var(--fg); } .report svg .muted { fill: var(--muted); }
.report svg .bar, .report svg .cell { fill: var(--accent); } .report svg .cell-bg { fill: var(--card); }
.report svg .axis { stroke: var(--line); } .report svg .on-accent { fill: #fff; }
.report svg.chart, .report .figures, .report tr { break-inside: avoid; }
.report h2, .report h3, .report .note { break-after: avoid; }
@media print {
  :root, :host { color-scheme: light; --fg: #000; --bg: #fff; --muted: #444; --accent: #0b5cad; --line: #bbb; --card: #eef1f4; }
  .report { max-width: none; padding: 0; }
}
@page { size: A4; margin: 1.6cm; }
`;
