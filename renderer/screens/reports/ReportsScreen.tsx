// Reports: a household summary for the current filter or the whole library, previewed exactly as it will be
// exported (the shared HTML in a sandboxed iframe: no scripts, opaque origin) and saved as PDF, HTML, CSV or
// JSON. Never audio; foreign captures only when asked for.

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences';
import { hrefFor } from '../../app/router';
import { useFilters } from '../../library/FilterProvider';
import { isFiltered } from '../../library/filters';
import { useLibrary } from '../../library/LibraryProvider';
import { usePopulation } from '../../library/usePopulation';
import { buildReport, fileStem, reportFile, type ReportChoices, type ReportFormat } from '../../report/build';
import { PrintHost } from '../../report/PrintHost';
import { printReport, saveReportFile } from '../../report/save';
import { useReportData } from '../../report/useReportData';
import { ReportOptions } from './ReportOptions';
import './reports.css';

type Status = { kind: 'ok' | 'error'; text: string } | null;

export function ReportsScreen() {
  const { t } = useTranslation();
  const { language, theme, timeZone, nightHours } = usePreferences();
  const { columns } = useLibrary();
  const { visible, query, filters } = useFilters();
  const counted = usePopulation();
  const [choices, setChoices] = useState<ReportChoices>({
    // Without an active filter the whole library is the natural subject (and foreign captures can be added).
    scope: isFiltered(filters) ? 'filter' : 'all',
    privacy: 'counts',
    lang: language,
    includeForeign: false,
    includeExamples: false,
  });
  const [status, setStatus] = useState<Status>(null);
  const { data, loading, error } = useReportData(choices.scope);
  // One "now" per data load, so the preview and every export of it carry the same date.
  const now = useMemo(() => (data ? new Date() : new Date(0)), [data]);
  const built = useMemo(
    () => (data ? buildReport(data, { ...choices, nightHours }, timeZone, now) : null),
    [data, choices, timeZone, now, nightHours],
  );

  if (!columns) return null;
  if (columns.count === 0)
    return (
      <section className="screen">
        <h1>{t('nav.reports')}</h1>
        <p className="muted" data-testid="report-empty">
          {t('reports.empty')}
        </p>
        <a className="btn btn-primary" href={hrefFor('import')}>
          {t('reports.importLink')}
        </a>
      </section>
    );

  const run = async (action: () => Promise<string>) => {
    try {
      setStatus({ kind: 'ok', text: await action() });
    } catch (e) {
      setStatus({ kind: 'error', text: t('reports.failed', { message: (e as Error).message }) });
    }
  };
  const exportFile = (format: ReportFormat) =>
    run(async () => {
      if (!built || !data) return '';
      const file = reportFile(format, built, data, { ...choices, nightHours }, timeZone, now);
      const outcome = await saveReportFile(file);
      return outcome === 'cancelled'
        ? ''
        : t(outcome === 'saved' ? 'reports.saved' : 'reports.downloaded', { name: file.name });
    });
  const exportPdf = () =>
    run(async () => {
      if (!built) return '';
      const name = `${fileStem(choices.lang, built.summary.asOf)}.pdf`;
      const outcome = await printReport(name);
      return outcome === 'saved' ? t('reports.saved', { name }) : outcome === 'cancelled' ? '' : t('reports.printed');
    });

  const empty = built !== null && built.summary.total === 0;
  return (
    <section className="screen screen-wide reports-screen">
      <h1>{t('nav.reports')}</h1>
      <p className="muted">{t('reports.lead')}</p>
      <div className="reports-layout">
        <aside className="card reports-panel">
          <ReportOptions
            choices={choices}
            onChange={setChoices}
            counts={{
              filter: visible.length,
              // The report counts what the views count (population.ts); stranger's recordings only when added.
              all:
                (counted?.population.home ?? 0) +
                (choices.includeForeign ? (counted?.population.foreignCaptures ?? 0) : 0),
            }}
            filterQuery={query}
            filterHidesForeign={!filters.foreign && !filters.flags.includes('foreign')}
          />
          <div className="report-export">
            <h2>{t('reports.export')}</h2>
            <div className="report-export-buttons">
              {(['pdf', 'html', 'csv', 'json'] as const).map((format) => (
                <button
                  key={format}
                  type="button"
                  className={format === 'pdf' ? 'btn btn-primary' : 'btn'}
                  disabled={!built || loading}
                  onClick={() => void (format === 'pdf' ? exportPdf() : exportFile(format))}
                  data-testid={`report-export-${format}`}
                >
                  {t(`reports.${format}`)}
                </button>
              ))}
            </div>
            <p className="muted report-small">{t('reports.exportHelp')}</p>
            {status?.text ? (
              <p className={status.kind === 'error' ? 'error-box' : 'notice'} role="status" data-testid="report-status">
                {status.text}
              </p>
            ) : null}
          </div>
        </aside>
        <div className="reports-preview">
          <p className="report-count" aria-live="polite" data-testid="report-count">
            {loading || !built
              ? t('reports.building')
              : t('answers.inReport', {
                  count: built.summary.total,
                  n: built.summary.total.toLocaleString(language),
                })}
            {built?.summary.excludedForeign ? (
              <span data-testid="report-foreign-left-out">
                {' '}
                {t('answers.foreignLeftOut', {
                  count: built.summary.excludedForeign,
                  n: built.summary.excludedForeign.toLocaleString(language),
                })}
              </span>
            ) : null}
          </p>
          {error ? <p className="error-box">{error}</p> : null}
          {empty ? <p className="notice">{t('reports.emptyScope')}</p> : null}
          {built ? (
            <iframe
              className="report-frame"
              sandbox=""
              srcDoc={built.html}
              title={t('reports.preview')}
              style={{ colorScheme: theme }}
              data-testid="report-preview"
            />
          ) : null}
        </div>
      </div>
      {built ? <PrintHost html={built.html} /> : null}
    </section>
  );
}
