// Shown at start while the library is encrypted and locked. A wrong passphrase is caught by the key-check
// record before any row is read, so nothing in the library is touched until the right one is entered.

import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unlock, WrongPassphraseError } from '../db/crypto/keycheck';
import '../backup/backup.css';
import '../screens/settings/settings.css';

export function UnlockScreen({ onUnlocked }: { onUnlocked(): void }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [status, setStatus] = useState<{ busy?: boolean; error?: string }>({});
  const titleId = useId();
  // For the benchmark (first paint without the time a person takes to type); no effect on the app.
  useEffect(() => void performance.mark('earshot:unlock-shown'), []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    performance.mark('earshot:unlock-submit');
    setStatus({ busy: true });
    try {
      await unlock(passphrase);
      performance.mark('earshot:unlocked');
      onUnlocked();
    } catch (error) {
      setPassphrase('');
      setStatus({
        error: error instanceof WrongPassphraseError ? t('encryption.wrong') : String((error as Error).message),
      });
    }
  };
  return (
    <main className="migration-gate">
      <form
        className="card settings-card"
        aria-labelledby={titleId}
        onSubmit={(e) => void submit(e)}
        data-testid="unlock-screen"
      >
        <h1 id={titleId}>{t('encryption.unlockTitle')}</h1>
        <p>{t('encryption.unlockLead')}</p>
        <label className="field">
          <span>{t('encryption.passphrase')}</span>
          <input
            type="password"
            autoFocus
            autoComplete="current-password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            data-testid="unlock-passphrase"
          />
        </label>
        {status.error ? (
          <p role="alert" className="error-box" data-testid="unlock-error">
            {status.error}
          </p>
        ) : null}
        {status.busy ? (
          <p role="status" className="muted">
            {t('encryption.unlocking')}
          </p>
        ) : null}
        <div className="startup-actions">
          <button
            type="submit"
            className="btn btn-primary"
            disabled={status.busy || !passphrase}
            data-testid="unlock-submit"
          >
            {t('encryption.unlock')}
          </button>
        </div>
      </form>
    </main>
  );
}
