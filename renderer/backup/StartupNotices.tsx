// Tells the user, once, what start-up did: imports interrupted by a crash or a closed window (discarded, can
// simply be re-run), a restore that broke off, and a restore chosen in Settings (done, or why it failed).

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../app/router';
import type { RestoreOutcome } from './startup';
import './backup.css';

export function StartupNotices({
  discarded,
  restoreBroken,
  restore,
}: {
  discarded: number;
  restoreBroken: boolean;
  restore: RestoreOutcome | null;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(discarded > 0 || restoreBroken || restore !== null);
  if (!open) return null;
  return (
    <div className="startup-notices card" role="status" data-testid="startup-notice">
      {discarded > 0 ? <p data-testid="startup-discarded">{t('startup.discarded', { count: discarded })}</p> : null}
      {restoreBroken ? <p data-testid="startup-restore-broken">{t('startup.restoreBroken')}</p> : null}
      {restore && 'restored' in restore ? (
        <p data-testid="startup-restored">{t('startup.restored', { count: restore.restored })}</p>
      ) : null}
      {restore && 'error' in restore ? (
        <p className="error-box" data-testid="startup-restore-failed">
          {t('startup.restoreFailed', { message: restore.error })}
        </p>
      ) : null}
      <div className="startup-actions">
        {discarded > 0 ? (
          <a className="btn btn-primary" href={hrefFor('import')} onClick={() => setOpen(false)}>
            {t('startup.toImport')}
          </a>
        ) : null}
        <button type="button" className="btn" onClick={() => setOpen(false)} data-testid="startup-dismiss">
          {t('startup.dismiss')}
        </button>
      </div>
    </div>
  );
}
