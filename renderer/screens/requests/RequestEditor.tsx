// One request: who writes (identity), to whom (controller) and in which language; tracking dates; notes and
// attachments; verification against a newer export; exports; and the letter itself as a sandboxed preview.

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTROLLERS } from '../../../shared/gdpr/controllers';
import { unfilledPlaceholders } from '../../../shared/gdpr/letter';
import { renderLetterHtml, renderLetterText } from '../../../shared/gdpr/render';
import { usePreferences } from '../../app/preferences';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import {
  deleteRequest,
  getRequest,
  loadLetter,
  updateRequest,
  type LoadedLetter,
  type RequestPatch,
} from '../../db/repos/requests';
import { useLibrary } from '../../library/LibraryProvider';
import { ExportBar } from './ExportBar';
import { IdentityCard } from './IdentityCard';
import { NotesCard } from './NotesCard';
import { PrintLetter } from './PrintLetter';
import { requestState } from '../../../shared/gdpr/request-letter';
import { useRequestHref } from './useRequestHref';
import { DueText, StatusChip } from './StatusChip';
import { useNow } from './useOverdueCount';
import { DirectDeletion } from './DirectDeletion';
import { TrackingCard } from './TrackingCard';
import { VerifyCard } from './VerifyCard';
import { LanguageField } from '../../components/LanguageField';

export function RequestEditor({ id }: { id: string }) {
  const { t } = useTranslation();
  const { timeZone } = usePreferences();
  const { version } = useLibrary();
  const hrefOf = useRequestHref();
  const now = useNow();
  const request = useLiveQuery(() => getRequest(id), [id], null);
  const [loaded, setLoaded] = useState<LoadedLetter | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  useEffect(() => {
    if (!request) return;
    let cancelled = false;
    void loadLetter(request, timeZone).then((next) => {
      if (!cancelled) setLoaded(next);
    });
    return () => {
      cancelled = true;
    };
  }, [request, version, timeZone]);

  if (request === null) return <section className="screen" aria-busy="true" />;
  if (!request)
    return (
      <section className="screen">
        <a href={hrefOf()}>{t('requests.back')}</a>
      </section>
    );

  const save = (patch: RequestPatch) =>
    void updateRequest(id, patch, timeZone).then(
      () => setError(null),
      (e: unknown) => setError((e as Error).message),
    );
  const state = requestState(request, now, timeZone);
  const letter = loaded?.letter;
  const text = letter ? (loaded.missing ? request.letterText : renderLetterText(letter)) : request.letterText;
  const unfilled = unfilledPlaceholders(text);
  const parentId = request.context?.parentId;

  return (
    <section className="screen screen-wide request-editor" data-testid="request-editor" data-kind={request.kind}>
      <p className="request-back">
        <a href={hrefOf()} data-testid="request-back">
          ← {t('requests.back')}
        </a>
        <button
          type="button"
          className="btn tray-delete"
          onClick={() => setConfirmDelete(true)}
          data-testid="request-delete"
        >
          {t('requests.deleteRequest')}
        </button>
      </p>
      <header className="request-head">
        <h1>
          {t(`requests.kinds.${request.kind}`)}
          {loaded ? <span className="muted"> · {loaded.controller.name}</span> : null}
        </h1>
        <StatusChip status={state.status} />
        <DueText state={state} />
      </header>
      {parentId ? (
        <p>
          {t('requests.basedOn')}:{' '}
          <a href={hrefOf(parentId)}>{t(`requests.kinds.${loaded?.parent?.kind ?? 'erasure'}`)}</a>
        </p>
      ) : null}
      {error ? (
        <p className="error-box" role="alert">
          {error}
        </p>
      ) : null}
      <div className="request-grid">
        <div className="request-side">
          <div className="card">
            <h2>{t('requests.settings')}</h2>
            <div className="settings-row">
              <LanguageField
                label={t('requests.language')}
                value={request.language}
                onChange={(language) => save({ language })}
                testId="request-language"
              />
              <label className="field">
                <span>{t('requests.controller')}</span>
                <select
                  value={request.controllerId}
                  onChange={(e) => save({ controllerId: e.target.value })}
                  data-testid="request-controller"
                >
                  {CONTROLLERS.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          </div>
          <IdentityCard request={request} onSave={save} />
          <TrackingCard request={request} state={state} onSave={save} />
          <VerifyCard request={request} state={state} />
          <NotesCard request={request} onSave={save} />
        </div>
        <div className="request-letter">
          <div className="card">
            <h2>{t('requests.letter')}</h2>
            {unfilled.length ? (
              <p className="notice" data-testid="request-placeholders">
                {t('requests.placeholders', { list: unfilled.join(', ') })}
              </p>
            ) : null}
            {loaded?.missing ? <p className="notice">{t('requests.missingClips', { count: loaded.missing })}</p> : null}
            {letter ? <ExportBar request={request} letter={letter} text={text} /> : null}
            {letter ? (
              // Transcripts come from hostile files: the letter is shown only inside a sandboxed frame.
              <iframe
                className="letter-preview"
                sandbox=""
                title={t('requests.previewTitle')}
                srcDoc={renderLetterHtml(letter)}
                data-testid="letter-preview"
              />
            ) : null}
          </div>
          {request.kind === 'erasure' ? <DirectDeletion clipIds={request.clipIds} /> : null}
        </div>
      </div>
      {letter ? <PrintLetter letter={letter} /> : null}
      <ConfirmDialog
        open={confirmDelete}
        title={t('requests.deleteTitle')}
        confirmLabel={t('requests.deleteRequest')}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => {
          setConfirmDelete(false);
          void deleteRequest(id).then(() => {
            window.location.hash = hrefOf();
          });
        }}
      >
        <p>{t('requests.deleteBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
