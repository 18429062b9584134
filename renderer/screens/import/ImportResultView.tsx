// What an import found: captures per source, devices with their rooms, what is missing, and warnings.

import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/router';
import type { ImportSummary } from '../../import/protocol';
import { formatDuration } from '../../format/duration';
import { noticeText, shortName } from './notice-text';
import { StrangerBanner } from '../quarantine/StrangerBanner';
import { NotCounted } from '../../components/NotCounted';
import { usePopulation } from '../../library/usePopulation';

export function ImportResultView({ summary, onAnother }: { summary: ImportSummary; onAnother(): void }) {
  const { t, i18n } = useTranslation();
  const counted = usePopulation();
  const n = (value: number) => value.toLocaleString(i18n.language);
  // "Not registered" only means something when the export listed the account's registered devices.
  const registeredProviders = new Set(summary.devices.filter((d) => d.registered).map((d) => d.provider));
  return (
    <div className="import-result" data-testid="import-result">
      <StrangerBanner />
      <div className="card">
        <h2>{t('import.doneTitle')}</h2>
        <p data-testid="import-result-counts">
          {t('import.doneCounts', {
            total: n(summary.captures),
            added: n(summary.newCaptures),
            // A sub-second import is "< 1 s", never "0 s".
            time: summary.elapsedMs < 1000 ? '< 1 s' : formatDuration(summary.elapsedMs, i18n.language),
          })}
        </p>
        {/* The import reads every record; the library counts the home's recordings and says what it left out. */}
        {counted ? <NotCounted population={counted.population} inLibrary /> : null}
        <div className="result-grid">
          <div>
            <h3>{t('import.perSource')}</h3>
            <ul data-testid="import-per-source">
              {Object.entries(summary.perSource).map(([source, count]) => (
                <li key={source}>
                  {t(`sources.${source}`)}: <strong>{n(count ?? 0)}</strong>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3>{t('import.completeness')}</h3>
            <ul>
              <li>
                {t('import.withAudio')}: <strong>{n(summary.withAudio)}</strong>
              </li>
              <li data-testid="import-without-audio">
                {t('import.withoutAudio')}: <strong>{n(summary.withoutAudio)}</strong>
              </li>
              <li data-testid="import-without-transcript">
                {t('import.withoutTranscript')}: <strong>{n(summary.withoutTranscript)}</strong>
              </li>
            </ul>
          </div>
          <div>
            <h3>{t('import.devicesFound', { count: summary.devices.length })}</h3>
            <ul data-testid="import-devices">
              {summary.devices.map((d) => (
                <li key={d.id}>
                  {d.name} {d.room ? <span className="chip">{d.room}</span> : null}{' '}
                  {registeredProviders.has(d.provider) && !d.registered ? (
                    <span className="chip chip-warn">{t('import.unregistered')}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        </div>
        <div className="result-actions">
          <a className="btn btn-primary" href={hrefFor('library')}>
            {t('import.openLibrary')}
          </a>
          <a className="btn" href={hrefFor('devices')}>
            {t('nav.devices')}
          </a>
          <button type="button" className="btn" onClick={onAnother}>
            {t('import.another')}
          </button>
        </div>
      </div>
      {summary.warnings.length || summary.unclaimed.length ? (
        <div className="card warnings" data-testid="import-warnings">
          <h2>{t('import.warnings', { count: summary.warnings.length })}</h2>
          <ul>
            {summary.warnings.slice(0, 200).map((w, i) => (
              <li key={i} data-testid="import-notice">
                {w.file ? (
                  <>
                    <code title={w.file}>
                      {shortName(w.file)}
                      {w.line !== undefined ? `:${w.line}` : ''}
                    </code>{' '}
                    —{' '}
                  </>
                ) : null}
                {noticeText(w, t, i18n.exists)}
              </li>
            ))}
          </ul>
          {summary.unclaimed.length ? (
            <details>
              <summary>{t('import.unclaimed', { count: summary.unclaimed.length })}</summary>
              <ul>
                {summary.unclaimed.slice(0, 200).map((path) => (
                  <li key={path}>
                    <code title={path}>{shortName(path)}</code>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
