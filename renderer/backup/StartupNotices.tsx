// Tells the user, once, what start-up cleaned up: imports interrupted by a crash or a closed window (discarded,
// can simply be re-run) and a restore that broke off.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../app/router';
import './backup.css';

export function StartupNotices({ discarded, restoreBroken }: { discarded: number; restoreBroken: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(discarded > 0 || restoreBroken);
  if (!open) return null;
  return (
    <div className="startup-notices card" role="status" data-testid="startup-notice">
      {discarded > 0 ? <p data-testid="startup-discarded">{t('startup.discarded', { count: discarded })}</p> : null}
      {restoreBroken ? <p data-testid="startup-restore-broken">{t('startup.restoreBroken')}</p> : null}
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
