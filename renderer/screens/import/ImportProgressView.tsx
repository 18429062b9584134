// Progress of a running import: overall and per file, captures found, audio linked, time used and left.

import { useTranslation } from 'react-i18next';
import type { IngestProgress } from '../../../shared/pipeline/ingest';
import type { ImportFile } from '../../import/protocol';
import { formatDuration } from '../../format/duration';

export function ImportProgressView({
  files,
  progress,
  onCancel,
}: {
  files: ImportFile[];
  progress?: IngestProgress;
  onCancel(): void;
}) {
  const { t, i18n } = useTranslation();
  const overall = progress && progress.captures ? progress.processed / progress.captures : 0;
  const roots = [...new Set(files.map((f) => f.path.split('/')[0]!))];
  const perFile = progress?.files ?? roots.map((path) => ({ path, done: 0, total: 0 }));
  return (
    <div className="card import-progress" data-testid="import-progress" aria-busy="true">
      <h2>{t(`import.phase.${progress?.phase ?? 'reading'}`)}</h2>
      <progress max={1} value={overall} aria-label={t('import.overall')} data-testid="import-overall" />
      <dl className="import-stats">
        <div>
          <dt>{t('import.found')}</dt>
          <dd data-testid="import-found">{(progress?.captures ?? 0).toLocaleString(i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('import.audioLinked')}</dt>
          <dd>{(progress?.audioLinked ?? 0).toLocaleString(i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('import.elapsed')}</dt>
          <dd>{formatDuration(progress?.elapsedMs ?? 0, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('import.remaining')}</dt>
          <dd data-testid="import-remaining">
            {progress?.remainingMs !== undefined ? (
              formatDuration(progress.remainingMs, i18n.language)
            ) : progress?.phase === 'committing' ? (
              '—'
            ) : (
              <span className="muted" title={t('progress.estimatingHint')}>
                {t('progress.estimating')}
              </span>
            )}
          </dd>
        </div>
      </dl>
      <ul className="file-progress">
        {perFile.map((file) => (
          <li key={file.path}>
            <span className="file-name" title={file.path}>
              {file.path}
            </span>
            <progress
              max={1}
              value={file.total ? file.done / file.total : progress?.phase === 'audio' ? 1 : 0}
              aria-label={file.path}
            />
          </li>
        ))}
      </ul>
      <button type="button" className="btn" onClick={onCancel} data-testid="import-cancel">
        {t('import.cancel')}
      </button>
    </div>
  );
}
