// `report`: the household summary from export files — self-contained HTML, one-row-per-capture CSV, or the JSON
// report format — with the same shared/report code as the Reports view. Audio is never part of a report.

import { writeFile } from 'node:fs/promises';
import { localDate } from '../../../shared/i18n-format';
import { reportCsv } from '../../../shared/report/csv';
import { renderReportHtml } from '../../../shared/report/html';
import { reportJson } from '../../../shared/report/json';
import { buildSummary, type PrivacyLevel } from '../../../shared/report/summary';
import { CliError } from '../cli-error';
import { dateOption, loadCaptures, nightOption, pick, readFlags, timeZoneOption } from '../load-captures';

export const usage =
  'report <paths>... --format html|csv|json --out FILE [--privacy counts|transcripts|redacted] [--lang de|en] [--tz Europe/Berlin] [--night 23-6] [--as-of DATE] [--examples] [--include-foreign]';

const PRIVACY: readonly PrivacyLevel[] = ['counts', 'transcripts', 'redacted'];

export async function run(args: string[]): Promise<void> {
  const {
    positional: paths,
    values,
    on,
  } = readFlags(
    args,
    ['format', 'out', 'privacy', 'lang', 'tz', 'night', 'as-of'],
    ['examples', 'include-foreign'],
    usage,
  );
  if (!paths.length) throw new CliError(`give at least one export file or folder. Usage: ${usage}`);
  const format = pick(values.get('format'), ['html', 'csv', 'json'] as const, 'format');
  const out = values.get('out');
  if (!out) throw new CliError(`--out is required. Usage: ${usage}`);
  const privacy = pick(values.get('privacy'), PRIVACY, 'privacy', 'counts');
  const lang = pick(values.get('lang'), ['de', 'en'] as const, 'lang', 'de');
  const timeZone = timeZoneOption(values.get('tz'));
  const now = new Date();
  const asOf = dateOption(values.get('as-of'), 'as-of') ?? localDate(now.getTime(), timeZone);

  const nightHours = nightOption(values.get('night'));
  const library = await loadCaptures(paths, { timeZone, nightHours });
  // Voice-profile names are the household's own names: redaction masks them wherever they appear.
  const householdNames = [...new Set(library.captures.flatMap((c) => (c.personName ? [c.personName] : [])))];
  const input = { captures: library.captures, devices: library.devices, rooms: library.rooms, timeZone };
  const options = {
    privacy,
    lang,
    asOf,
    householdNames,
    includeForeign: on.has('include-foreign'),
    includeExamples: on.has('examples'),
    ...(nightHours ? { nightHours } : {}),
  };

  const content =
    format === 'csv'
      ? reportCsv(input, options)
      : format === 'json'
        ? reportJson(buildSummary(input, options), now)
        : renderReportHtml(buildSummary(input, options), { lang });
  await writeFile(out, content);
  process.stdout.write(`${format} report (${privacy}, ${lang}) of ${library.captures.length} recordings → ${out}\n`);
}
