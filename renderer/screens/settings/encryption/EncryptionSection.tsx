// Settings → Encryption: turn encryption at rest on (passphrase twice, strength hint, the warning that a lost
// passphrase loses the library), change the passphrase, turn it off, lock now. Re-encryption runs in the
// background (app/encryption-job.ts) and goes on after a crash at the next unlock.

import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { startEncryptionJob, useEncryptionJob } from '../../../app/encryption-job';
import { ConfirmButton } from '../../../components/ConfirmButton';
import {
  beginDisable,
  checkPassphrase,
  readKeyCheck,
  setPassphrase,
  WrongPassphraseError,
  type KeyCheck,
} from '../../../db/crypto/keycheck';
import { lockKeyring } from '../../../db/crypto/keyring';
import { PassphraseFields } from './PassphraseFields';

export function EncryptionSection() {
  const { t, i18n } = useTranslation();
  const n = (v: number) => v.toLocaleString(i18n.language);
  const job = useEncryptionJob();
  const [check, setCheck] = useState<KeyCheck | null | undefined>(undefined);
  const [next, setNext] = useState<string | null>(null);
  const [current, setCurrent] = useState('');
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  // Remounts the passphrase fields after a change, so a used passphrase does not stay in the form.
  const [formKey, setFormKey] = useState(0);
  const onValid = useCallback((p: string | null) => setNext(p), []);

  useEffect(() => {
    void readKeyCheck().then(setCheck);
  }, [job.finished]);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setMessage({ text: t('encryption.deriving') });
    try {
      await work();
      setMessage(null);
      setCurrent('');
      setFormKey((k) => k + 1);
      setCheck(await readKeyCheck());
      startEncryptionJob();
    } catch (error) {
      setMessage({
        text: error instanceof WrongPassphraseError ? t('encryption.wrong') : (error as Error).message,
        error: true,
      });
    } finally {
      setBusy(false);
    }
  };
  const verifyCurrent = async () => {
    if (check) await checkPassphrase(check, current);
  };

  if (check === undefined) return null;
  const on = check !== null && check.job !== 'unseal';
  const progress = job.running
    ? t(check?.job === 'unseal' ? 'encryption.progressOff' : 'encryption.progress', {
        done: n(job.done),
        total: n(job.total),
      })
    : job.error
      ? t('encryption.failed', { message: job.error })
      : job.finished
        ? t(on ? 'encryption.doneOn' : 'encryption.doneOff')
        : null;

  return (
    <div className="card settings-card" data-testid="encryption-section">
      <h2>{t('encryption.title')}</h2>
      <p className="muted">{on ? t('encryption.onLead') : t('encryption.offLead')}</p>
      <p className="muted small">{t('encryption.plaintextNote')}</p>
      {progress ? (
        <p role="status" data-testid="encryption-progress">
          {progress}
        </p>
      ) : null}
      {on ? (
        <label className="field">
          <span>{t('encryption.current')}</span>
          <input
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            data-testid="encryption-current"
          />
        </label>
      ) : null}
      <PassphraseFields
        key={formKey}
        label={on ? t('encryption.newPassphrase') : t('encryption.passphrase')}
        onValid={onValid}
      />
      <p className="error-box" data-testid="encryption-warning">
        {t('encryption.warning')}
      </p>
      {message ? (
        <p
          role={message.error ? 'alert' : 'status'}
          className={message.error ? 'error-box' : 'muted'}
          data-testid="encryption-message"
        >
          {message.text}
        </p>
      ) : null}
      <div className="backup-actions">
        {on ? (
          <>
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy || !next || !current}
              onClick={() => void act(async () => (await verifyCurrent(), void (await setPassphrase(next!))))}
              data-testid="encryption-change"
            >
              {t('encryption.change')}
            </button>
            <ConfirmButton
              label={t('encryption.turnOff')}
              disabled={busy || !current}
              testId="encryption-off"
              title={t('encryption.turnOff')}
              confirmLabel={t('encryption.turnOff')}
              onConfirm={() => void act(async () => (await verifyCurrent(), void (await beginDisable())))}
            >
              <p>{t('encryption.confirmOff')}</p>
            </ConfirmButton>
            <button
              type="button"
              className="btn"
              onClick={() => {
                lockKeyring();
                window.location.reload();
              }}
              data-testid="encryption-lock"
            >
              {t('encryption.lockNow')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy || !next || check?.job === 'unseal'}
            onClick={() => void act(async () => void (await setPassphrase(next!)))}
            data-testid="encryption-on"
          >
            {t('encryption.turnOn')}
          </button>
        )}
      </div>
    </div>
  );
}
