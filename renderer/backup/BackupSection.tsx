// Settings → Backup: save the whole library as one verified zip, or restore one — into an empty library at
// once, into a non-empty one only after the user has seen both sides' counts and chosen to merge or replace.

import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DB_NAME, getDb } from '../db/db';
import { useLibrary } from '../library/LibraryProvider';
import { createBackup } from './export';
import { BackupError, backupFileName } from './format';
import { stashRestore } from './pending';
import { libraryHasData, verifyBackup } from './restore';
import { RestoreChoice } from './RestoreChoice';
import { planRestore, type RestorePlan } from './restore-merge';
import { saveBackupFile } from './save';
import { codeSchemaVersion } from './startup';
import { BackupPassphrasePrompt, ProtectionChoice, protectionKey, useProtection } from './BackupProtection';
import { isSealedBackup, openSealedBackup, sealBackup, SEALED_BACKUP_EXTENSION } from './sealed-backup';
import './backup.css';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'done'; text: string }
  | { kind: 'error'; title: string; text: string }
  | { kind: 'choose'; file: File; plan: RestorePlan }
  | { kind: 'passphrase'; file: File };

export function BackupSection() {
  const { t, i18n } = useTranslation();
  const n = (v: number) => v.toLocaleString(i18n.language);
  const { columns } = useLibrary();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const busy = status.kind === 'busy';
  const empty = !columns?.count;
  const [protection, setProtection, libraryEncrypted] = useProtection();

  const save = async () => {
    setStatus({ kind: 'busy', text: t('backup.creating', { table: '', rows: 0, total: 0 }) });
    try {
      const zip = await createBackup(getDb(), {
        appVersion: __APP_VERSION__,
        onProgress: (p) => setStatus({ kind: 'busy', text: t('backup.creating', { ...p }) }),
        openSealed: true,
      });
      // Encrypted as a whole with the library's key or the backup's own passphrase (sealed-backup.ts).
      const key = await protectionKey(protection);
      const blob = key ? await sealBackup(zip, key) : zip;
      const name = key ? backupFileName().replace(/\.zip$/, SEALED_BACKUP_EXTENSION) : backupFileName();
      const outcome = await saveBackupFile(blob, name);
      setStatus({
        kind: 'done',
        text: outcome === 'downloaded' ? t('backup.downloaded', { name }) : t(`backup.${outcome}`),
      });
    } catch (error) {
      setStatus({
        kind: 'error',
        title: t('backup.failed', { message: error instanceof Error ? error.message : String(error) }),
        text: '',
      });
    }
  };

  const failed = (error: unknown) => {
    const code = error instanceof BackupError ? error.code : 'internal';
    setStatus({
      kind: 'error',
      title: t(`backup.errors.${code}`),
      text: error instanceof Error ? error.message : String(error),
    });
  };

  const restore = async (file: File) => {
    setStatus({ kind: 'busy', text: t('backup.verifying') });
    try {
      if (await isSealedBackup(file)) {
        setStatus({ kind: 'passphrase', file });
        return;
      }
      // Everything is checked now, while the library is still in use; the restore itself runs at the
      // next start, before any screen or worker opens the database (see pending.ts).
      const manifest = await verifyBackup(file, codeSchemaVersion());
      if (await libraryHasData(DB_NAME)) {
        setStatus({ kind: 'choose', file, plan: await planRestore(file, getDb()) });
        return;
      }
      await stashRestore(file);
      setStatus({ kind: 'done', text: t('backup.restarting', { count: manifest.counts.clips ?? 0 }) });
      window.location.reload();
    } catch (error) {
      failed(error);
    }
  };

  /** Decrypts an encrypted backup (a wrong passphrase is caught before anything is decrypted or stored). */
  const openEncrypted = async (file: File, passphrase: string) => {
    setStatus({ kind: 'busy', text: t('encryption.deriving') });
    try {
      const zip = await openSealedBackup(file, passphrase);
      await restore(new File([zip], `${file.name}.zip`, { type: 'application/zip' }));
    } catch (error) {
      const code = error instanceof BackupError ? error.code : 'internal';
      setStatus({
        kind: 'error',
        title: code === 'passphrase' ? t('encryption.backupWrong') : t(`backup.errors.${code}`),
        text: code === 'passphrase' ? '' : error instanceof Error ? error.message : String(error),
      });
    }
  };

  return (
    <div className="card settings-card" data-testid="backup-section">
      <h2>{t('backup.title')}</h2>
      <p className="muted">{t('backup.lead')}</p>
      <div className="backup-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy || empty || (protection.kind === 'own' && !protection.passphrase)}
          onClick={() => void save()}
          data-testid="backup-create"
        >
          {t('backup.create')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={busy}
          onClick={() => input.current?.click()}
          data-testid="backup-restore"
        >
          {t('backup.restore')}
        </button>
        <input
          ref={input}
          type="file"
          accept={`.zip,application/zip,${SEALED_BACKUP_EXTENSION}`}
          hidden
          data-testid="backup-restore-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void restore(file);
          }}
        />
      </div>
      <small className="muted">{empty ? t('backup.restoreHelp') : t('restoreChoice.help')}</small>
      {empty ? null : (
        <ProtectionChoice protection={protection} onChange={setProtection} libraryEncrypted={libraryEncrypted} />
      )}
      {status.kind === 'passphrase' ? (
        <BackupPassphrasePrompt
          onSubmit={(passphrase) => void openEncrypted(status.file, passphrase)}
          onCancel={() => setStatus({ kind: 'idle' })}
        />
      ) : null}
      {status.kind === 'choose' ? (
        <RestoreChoice
          file={status.file}
          plan={status.plan}
          onError={failed}
          onCancel={() => setStatus({ kind: 'done', text: t('restoreChoice.cancelled') })}
          onDone={(result) =>
            setStatus({
              kind: 'done',
              text: t(`restoreChoice.${result.mode === 'merge' ? 'merged' : 'replaced'}`, {
                added: n(result.added),
                total: n(result.recordings),
              }),
            })
          }
        />
      ) : null}
      {status.kind === 'busy' || status.kind === 'done' ? (
        <p role="status" data-testid="backup-status">
          {status.text}
        </p>
      ) : null}
      {status.kind === 'error' ? (
        <div className="error-box" role="alert" data-testid="backup-error">
          <strong>{status.title}</strong>
          {status.text ? <p>{status.text}</p> : null}
          <p className="muted">{t('backup.nothingChanged')}</p>
        </div>
      ) : null}
    </div>
  );
}
