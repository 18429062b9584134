// How a new backup is protected: with the library's passphrase (when encryption is on), its own passphrase,
// or not at all; and the prompt for the passphrase of an encrypted backup that is being restored.

import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readKeyCheck } from '../db/crypto/keycheck';
import { PassphraseFields } from '../screens/settings/encryption/PassphraseFields';
import { libraryBackupKey, passphraseBackupKey, type BackupKey } from './sealed-backup';
import { FormActions } from '../components/FormActions';

export type Protection = { kind: 'none' } | { kind: 'library' } | { kind: 'own'; passphrase: string | null };

export function protectionKey(protection: Protection): Promise<BackupKey | null> {
  if (protection.kind === 'library') return libraryBackupKey();
  if (protection.kind === 'own' && protection.passphrase) return passphraseBackupKey(protection.passphrase);
  return Promise.resolve(null);
}

export function useProtection(): [Protection, (p: Protection) => void, boolean] {
  const [libraryEncrypted, setLibraryEncrypted] = useState(false);
  const [protection, setProtection] = useState<Protection>({ kind: 'none' });
  useEffect(() => {
    void readKeyCheck().then((check) => {
      const on = check !== null && check.job !== 'unseal';
      setLibraryEncrypted(on);
      if (on) setProtection({ kind: 'library' });
    });
  }, []);
  return [protection, setProtection, libraryEncrypted];
}

export function ProtectionChoice({
  protection,
  onChange,
  libraryEncrypted,
}: {
  protection: Protection;
  onChange(p: Protection): void;
  libraryEncrypted: boolean;
}) {
  const { t } = useTranslation();
  const onValid = useCallback((passphrase: string | null) => onChange({ kind: 'own', passphrase }), [onChange]);
  return (
    <>
      <label className="field">
        <span>{t('encryption.backupProtect')}</span>
        <select
          value={protection.kind}
          onChange={(e) => {
            const kind = e.target.value as Protection['kind'];
            onChange(kind === 'own' ? { kind, passphrase: null } : { kind });
          }}
          data-testid="backup-protection"
        >
          {libraryEncrypted ? <option value="library">{t('encryption.backupWithLibrary')}</option> : null}
          <option value="own">{t('encryption.backupOwn')}</option>
          <option value="none">{t('encryption.backupNone')}</option>
        </select>
      </label>
      {protection.kind === 'own' ? <PassphraseFields label={t('encryption.passphrase')} onValid={onValid} /> : null}
    </>
  );
}

export function BackupPassphrasePrompt({
  onSubmit,
  onCancel,
}: {
  onSubmit(passphrase: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(passphrase);
  };
  return (
    <form className="notice" onSubmit={submit} data-testid="backup-passphrase-prompt">
      <p>{t('encryption.backupAsk')}</p>
      <label className="field">
        <span>{t('encryption.passphrase')}</span>
        <input
          type="password"
          autoFocus
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          data-testid="backup-passphrase"
        />
      </label>
      <FormActions
        className="backup-actions"
        submitLabel={t('encryption.restore')}
        canSubmit={!!passphrase}
        submitTestId="backup-passphrase-submit"
        cancelLabel={t('encryption.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}
