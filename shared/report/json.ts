// The CLI report format: the summary model with a format tag and version, so scripts reading it can check
// what they got. Stable field names (see summary.ts); text fields follow the privacy level.

import type { Summary } from './summary';

export const REPORT_FORMAT = 'earshot-report';
export const REPORT_VERSION = 1;

export interface ReportJson {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  generatedAt: string;
  summary: Summary;
}

export function reportJson(summary: Summary, generatedAt: Date): string {
  const doc: ReportJson = {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    generatedAt: generatedAt.toISOString(),
    summary,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
