// Import: pick or drop exports; watch them being read; see what was found — or exactly what went wrong.

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLibraryJob } from '../../classify/LibraryJobProvider';
import { usePreferences } from '../../app/preferences';
import { useImportRunner } from '../../import/useImportRunner';
import { loadDemoHousehold } from '../../import/demo';
import { hrefFor, useLocation } from '../../app/router';
import { DropZone } from './DropZone';
import { ImportProgressView } from './ImportProgressView';
import { ImportResultView } from './ImportResultView';
import { MappingForm } from './MappingForm';
import { checkSpace, formatMegabytes, type SpaceShortage } from './space-check';
import type { ImportFile } from '../../import/protocol';
import './import.css';

export function ImportScreen() {
  const { t, i18n } = useTranslation();
  const { timeZone, nightHours } = usePreferences();
  const { state, start, cancel, reset } = useImportRunner(timeZone, nightHours);
  const { refresh } = useLibraryJob();
  // Files waiting for the user's decision because they may not fit on the disk.
  const [tooBig, setTooBig] = useState<{ files: ImportFile[]; shortage: SpaceShortage } | null>(null);
  const startChecked = (files: ImportFile[]) => {
    void checkSpace(files).then((shortage) => (shortage ? setTooBig({ files, shortage }) : start(files)));
  };
  // The empty library's "Try the demo household" lands here with ?demo=1: start it once, then drop the flag.
  const { params } = useLocation();
  const demoStarted = useRef(false);
  const wantsDemo = params.get('demo') === '1';
  useEffect(() => {
    if (!wantsDemo || demoStarted.current) return;
    demoStarted.current = true;
    window.history.replaceState(null, '', hrefFor('import'));
    void loadDemoHousehold().then(start);
  }, [wantsDemo, start]);
  const doneId = state.status === 'done' ? state.summary.importId : null;
  // A finished import changes who is in the library: recompute groups, voices and foreign captures.
  useEffect(() => {
    if (doneId) refresh();
  }, [doneId, refresh]);

  return (
    <section className="screen import-screen">
      <h1>{t('import.title')}</h1>
      {state.status === 'idle' || state.status === 'cancelled' || state.status === 'error' ? (
        <>
          {state.status === 'cancelled' ? (
            <p className="notice" role="status" data-testid="import-cancelled">
              {t('import.cancelled')}
            </p>
          ) : null}
          {state.status === 'error' ? (
            <div className="error-box" role="alert" data-testid="import-error">
              <strong>{t(`import.errors.${state.code}`, { defaultValue: t('import.errors.internal') })}</strong>
              {state.file ? <p className="error-file">{t('import.errorFile', { file: state.file })}</p> : null}
              <p>{t(`import.help.${state.code}`, { defaultValue: state.message })}</p>
              <p className="muted">{t('import.nothingChanged')}</p>
              {t(`import.help.${state.code}`, { defaultValue: '' }) ? (
                <details className="error-details">
                  <summary>{t('import.details')}</summary>
                  <p>{state.message}</p>
                </details>
              ) : null}
            </div>
          ) : null}
          {tooBig ? (
            <div className="notice" role="alert" data-testid="import-space-warning">
              <p>
                {t('import.space.warning', {
                  needed: formatMegabytes(tooBig.shortage.needed, i18n.language),
                  available: formatMegabytes(tooBig.shortage.available, i18n.language),
                })}
              </p>
              <button type="button" className="btn" onClick={() => setTooBig(null)}>
                {t('common.cancel')}
              </button>{' '}
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => {
                  start(tooBig.files);
                  setTooBig(null);
                }}
                data-testid="import-space-anyway"
              >
                {t('import.space.anyway')}
              </button>
            </div>
          ) : null}
          <DropZone onFiles={startChecked} />
        </>
      ) : null}
      {state.status === 'running' ? (
        <ImportProgressView files={state.files} progress={state.progress} onCancel={cancel} />
      ) : null}
      {state.status === 'done' ? <ImportResultView summary={state.summary} onAnother={reset} /> : null}
      {state.status === 'needs-mapping' ? (
        <MappingForm preview={state.preview} onSubmit={(mapping) => start(state.files, mapping)} onCancel={reset} />
      ) : null}
    </section>
  );
}
