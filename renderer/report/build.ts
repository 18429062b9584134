// Turns loaded report data and the user's choices into what the Reports view shows and exports: the summary,
// the HTML page, the CSV and the JSON — all through shared/report, so the files equal what the CLI writes.

import { localDate } from '../../shared/i18n-format';
import type { Language } from '../../shared/model';
import type { NightHours } from '../../shared/night';
import { reportCsv } from '../../shared/report/csv';
import { renderReportBody, renderReportHtml } from '../../shared/report/html';
import { reportJson } from '../../shared/report/json';
import { CONTROLLERS } from '../../shared/gdpr/controllers';
import { computeRequestState } from '../../shared/gdpr/deadlines';
import { buildSummary, type PrivacyLevel, type ReportDeadline, type Summary } from '../../shared/report/summary';
import type { StoredRequest } from '../db/records';
import type { ReportData } from '../db/repos/report-data';

export type ReportScope = 'filter' | 'all';
export type ReportFormat = 'html' | 'csv' | 'json';

export interface ReportChoices {
  scope: ReportScope;
  privacy: PrivacyLevel;
  lang: Language;
  includeForeign: boolean;
  includeExamples: boolean;
  /** The household's night hours (Settings); 23–6 when absent. */
  nightHours?: NightHours;
}

export interface ReportFile {
  name: string;
  mime: string;
  /** For the native save dialog. */
  filter: { name: string; extensions: string[] };
  content: string;
}

export interface BuiltReport {
  summary: Summary;
  /** The standalone page (preview iframe and HTML export). */
  html: string;
  /** The same content without the page around it (printing from the app's shadow root). */
  body: string;
}

const KIND_NAMES: Record<Language, Record<StoredRequest['kind'], string>> = {
  de: {
    erasure: 'Löschantrag',
    access: 'Auskunftsantrag',
    'breach-notice': 'Meldung einer Datenpanne',
    complaint: 'Beschwerde',
    'follow-up': 'Nachfassschreiben',
  },
  en: {
    erasure: 'Erasure request',
    access: 'Access request',
    'breach-notice': 'Breach notice',
    complaint: 'Complaint',
    'follow-up': 'Follow-up',
  },
};
const STATUS_NAMES: Record<Language, Record<string, string>> = {
  de: {
    sent: 'offen',
    overdue: 'überfällig',
    answered: 'beantwortet',
    verified: 'geprüft',
    'partly-verified': 'teils geprüft',
  },
  en: {
    sent: 'open',
    overdue: 'overdue',
    answered: 'answered',
    verified: 'verified',
    'partly-verified': 'partly verified',
  },
};

/** Each sent request's due day (Art. 12(3)) as a report line. */
function reportDeadlines(
  requests: readonly StoredRequest[],
  lang: Language,
  timeZone: string,
  now: Date,
): ReportDeadline[] {
  return requests.flatMap((r) => {
    if (r.sentAt === undefined) return [];
    const day = (ms: number | undefined) => (ms === undefined ? undefined : localDate(ms, timeZone));
    const v = r.verification;
    const state = computeRequestState(
      {
        receivedOn: day(r.sentAt),
        extensionAnnouncedOn: day(r.extensionAnnouncedAt),
        answeredOn: day(r.answeredAt),
        ...(v
          ? { verification: { gone: v.gone.length, remaining: v.remaining.length, inconclusive: v.inconclusive } }
          : {}),
      },
      now.getTime(),
      timeZone,
    );
    if (!state.deadline) return [];
    const controller = CONTROLLERS.find((c) => c.id === r.controllerId)?.name ?? r.controllerId;
    const to = lang === 'de' ? 'an' : 'to';
    return [
      {
        label: `${KIND_NAMES[lang][r.kind]} ${to} ${controller}`,
        dueOn: state.deadline.dueOn,
        status: STATUS_NAMES[lang][state.status] ?? state.status,
      },
    ];
  });
}

export function buildReport(data: ReportData, choices: ReportChoices, timeZone: string, now: Date): BuiltReport {
  const summary = buildSummary(
    { ...data, timeZone, deadlines: reportDeadlines(data.requests ?? [], choices.lang, timeZone, now) },
    { ...choiceOptions(data, choices), asOf: localDate(now.getTime(), timeZone) },
  );
  return {
    summary,
    html: renderReportHtml(summary, { lang: choices.lang }),
    body: renderReportBody(summary, { lang: choices.lang }),
  };
}

function choiceOptions(data: ReportData, choices: ReportChoices) {
  return {
    privacy: choices.privacy,
    lang: choices.lang,
    householdNames: data.householdNames,
    includeForeign: choices.includeForeign,
    includeExamples: choices.includeExamples,
    ...(choices.nightHours ? { nightHours: choices.nightHours } : {}),
  };
}

/** File name stem: `earshot-bericht-2026-11-26` / `earshot-report-2026-11-26`. */
export function fileStem(lang: Language, asOf: string): string {
  return `earshot-${lang === 'de' ? 'bericht' : 'report'}-${asOf}`;
}

export function reportFile(
  format: ReportFormat,
  built: BuiltReport,
  data: ReportData,
  choices: ReportChoices,
  timeZone: string,
  now: Date,
): ReportFile {
  const stem = fileStem(choices.lang, built.summary.asOf);
  if (format === 'html')
    return {
      name: `${stem}.html`,
      mime: 'text/html;charset=utf-8',
      filter: { name: 'HTML', extensions: ['html'] },
      content: built.html,
    };
  if (format === 'json')
    return {
      name: `${stem}.json`,
      mime: 'application/json;charset=utf-8',
      filter: { name: 'JSON', extensions: ['json'] },
      content: reportJson(built.summary, now),
    };
  return {
    name: `${stem}.csv`,
    mime: 'text/csv;charset=utf-8',
    filter: { name: 'CSV', extensions: ['csv'] },
    content: reportCsv({ ...data, timeZone }, choiceOptions(data, choices)),
  };
}
