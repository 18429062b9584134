// A small "still being computed…" mark next to a number that the library worker's running pass can still
// change (flags, voices); it disappears when the pass has saved its result.

import { useTranslation } from 'react-i18next';
import { useLibraryJob } from '../classify/LibraryJobProvider';
import './pending-mark.css';

export function PendingMark() {
  const { t } = useTranslation();
  const { running } = useLibraryJob();
  if (!running) return null;
  return (
    <span className="pending-mark" data-testid="stat-pending" title={t('progress.pendingHint')}>
      <span className="spinner" aria-hidden="true" />
      {t('progress.pending')}
    </span>
  );
}
