// One benchmark row and the printed table (what | workload | baseline | measured | ratio/target | met?).

export interface Row {
  what: string;
  workload: string;
  /** Human-readable baseline in the same run, '—' when the target is absolute. */
  baseline: string;
  measured: string;
  /** e.g. "1.32× (≤ 1.5×)" or "12.1 ms (< 16 ms)". */
  verdict: string;
  met: boolean | null;
  /** Raw numbers for results.json. */
  data: Record<string, unknown>;
}

export const ms = (v: number) =>
  Number.isFinite(v) ? `${v < 10 ? v.toFixed(1) : Math.round(v).toLocaleString('en')} ms` : 'n/a';
export const s = (v: number) => `${(v / 1000).toFixed(1)} s`;
export const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString('en')} MB`;

export function table(rows: readonly Row[]): string {
  const head = ['what', 'workload', 'baseline', 'measured', 'ratio/target', 'met?'];
  const cells = rows.map((r) => [
    r.what,
    r.workload,
    r.baseline,
    r.measured,
    r.verdict,
    r.met === null ? '—' : r.met ? 'yes' : 'NO',
  ]);
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...cells.map((c) => `| ${c.join(' | ')} |`),
  ].join('\n');
}
