// Verification and escalation: after a newer export was imported, which requested clips are gone and which
// remain (with their transcripts); a follow-up letter for what remains; a complaint when the deadline passed.

import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestState } from '../../../shared/gdpr/deadlines';
import { usePreferences } from '../../app/preferences';
import type { StoredRequest } from '../../db/records';
import { getClips } from '../../db/repos/clips';
import { createComplaint, createFollowUp, verifyAgainstLatestImport } from '../../db/repos/requests';
import { newestCaptureOfImport } from '../../db/repos/import-span';
import { formatDate, formatDateTime } from '../../format/time';
import { useRequestHref } from './useRequestHref';

export function VerifyCard({ request, state }: { request: StoredRequest; state: RequestState }) {
  const { t, i18n } = useTranslation();
  const { timeZone } = usePreferences();
  const hrefOf = useRequestHref();
  const [none, setNone] = useState(false);
  const [busy, setBusy] = useState(false);
  const v = request.verification;
  const remaining = useLiveQuery(() => getClips(v?.remaining ?? []), [v], []);
  // undefined while it loads: the line waits for it rather than showing the check's date as the export's.
  const exportUntil = useLiveQuery(async () => (v ? newestCaptureOfImport(v.importId) : null), [v?.importId]);
  const verifiable = request.kind === 'erasure' || request.kind === 'follow-up';
  const canComplain =
    request.kind !== 'complaint' &&
    request.kind !== 'breach-notice' &&
    (state.status === 'overdue' || !!v?.remaining.length);
  if (!verifiable && !canComplain) return null;

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };
  const open = (id: string) => {
    window.location.hash = hrefOf(id);
  };

  return (
    <div className="card verify-card" data-testid="verify-card">
      {verifiable ? (
        <>
          <h2>{t('requests.verify')}</h2>
          <p className="muted small">{t('requests.verifyLead')}</p>
          <button
            type="button"
            className="btn"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                const outcome = await verifyAgainstLatestImport(request.id, timeZone);
                setNone(!outcome.ok);
              })
            }
            data-testid="verify-run"
          >
            {t('requests.verify')}
          </button>
          {none ? (
            <p className="notice" data-testid="verify-none">
              {t('requests.verifyNone')}
            </p>
          ) : null}
        </>
      ) : null}
      {verifiable && v ? (
        <div className="verify-result" data-testid="verify-result">
          <p>
            <strong data-testid="verify-export-date">
              {exportUntil === undefined
                ? null
                : exportUntil !== null
                  ? t('answers.verifyExport', {
                      until: formatDate(exportUntil, i18n.language, timeZone),
                      checked: formatDate(v.checkedAt, i18n.language, timeZone),
                      gone: v.gone.length,
                      remaining: v.remaining.length,
                    })
                  : t('requests.verifyResult', {
                      date: formatDate(v.checkedAt, i18n.language, timeZone),
                      gone: v.gone.length,
                      remaining: v.remaining.length,
                    })}
            </strong>
          </p>
          <p className="verify-counts">
            <span className="chip status-verified" data-testid="verify-gone">
              {t('requests.gone')}: {v.gone.length}
            </span>
            <span className="chip status-overdue" data-testid="verify-remaining">
              {t('requests.remaining')}: {v.remaining.length}
            </span>
          </p>
          {v.inconclusive ? <p className="notice">{t('requests.verifyInconclusive')}</p> : null}
          {v.unchecked?.length ? (
            <p className="muted small">{t('requests.verifyUnchecked', { count: v.unchecked.length })}</p>
          ) : null}
          {!v.remaining.length && !v.inconclusive ? <p>{t('requests.allGone')}</p> : null}
          {remaining.length ? (
            <ul className="remaining-list" data-testid="verify-remaining-list">
              {remaining.map((c) => (
                <li key={c.id}>
                  <span className="muted small">{formatDateTime(c.ts, i18n.language, timeZone)}</span>
                  <span>{c.transcript ?? t(`status.${c.transcriptStatus}`)}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <div className="row-actions">
        {v?.remaining.length ? (
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy}
            onClick={() => void run(async () => open((await createFollowUp(request.id, timeZone)).id))}
            data-testid="verify-follow-up"
          >
            {t('requests.followUp')}
          </button>
        ) : null}
        {canComplain ? (
          <button
            type="button"
            className="btn"
            disabled={busy}
            onClick={() => void run(async () => open((await createComplaint(request.id, timeZone)).id))}
            data-testid="request-complaint"
          >
            {t('requests.complaint')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
