// Shown before the database is opened when this build's schema is newer than the one on disk: offers a
// backup of the library as it is, then lets the migration run (it starts when the app opens the database).

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { backupFileName } from './format';
import { saveBackupFile } from './save';
import { backupBeforeMigration, type PendingMigration } from './startup';
import './backup.css';

export function MigrationGate({ migration, onContinue }: { migration: PendingMigration; onContinue(): void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<{ busy?: boolean; message?: string }>({});
  const titleId = useId();
  const backupFirst = async () => {
    setStatus({ busy: true, message: t('migration.working') });
    try {
      const outcome = await saveBackupFile(await backupBeforeMigration(undefined, __APP_VERSION__), backupFileName());
      if (outcome === 'cancelled') setStatus({ message: t('migration.cancelled') });
      else onContinue();
    } catch (error) {
      setStatus({
        message: t('migration.failed', { message: error instanceof Error ? error.message : String(error) }),
      });
    }
  };
  return (
    <main className="migration-gate">
      <section className="card" role="dialog" aria-labelledby={titleId} data-testid="migration-gate">
        <h1 id={titleId}>{t('migration.title')}</h1>
        <p>{t('migration.body', { ...migration })}</p>
        {status.message ? (
          <p role="status" className="muted">
            {status.message}
          </p>
        ) : null}
        <div className="startup-actions">
          <button
            type="button"
            className="btn btn-primary"
            disabled={status.busy}
            onClick={() => void backupFirst()}
            data-testid="migration-backup"
          >
            {t('migration.backupFirst')}
          </button>
          <button
            type="button"
            className="btn"
            disabled={status.busy}
            onClick={onContinue}
            data-testid="migration-skip"
          >
            {t('migration.skip')}
          </button>
        </div>
      </section>
    </main>
  );
}
