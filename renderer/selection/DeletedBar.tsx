// "Recently deleted": while soft-deleted clips are still on this computer, a slim bar offers Undo and
// "Delete for good" (audio, peaks and transcripts purged; confirmed in a dialog whose default is Cancel).

import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { listDeleted, purgeDeleted, undoDelete } from '../db/repos/clips';
import { useLibrary } from '../library/LibraryProvider';

export function DeletedBar() {
  const { t } = useTranslation();
  const { version } = useLibrary();
  const deleted = useLiveQuery(async () => (await listDeleted()).map((c) => c.id), [version], []);
  const [confirm, setConfirm] = useState(false);
  const [purged, setPurged] = useState<number | null>(null);

  if (!deleted.length && purged === null) return null;
  return (
    <div className="deleted-bar" role="status" data-testid="deleted-bar">
      {deleted.length ? (
        <>
          <span data-testid="deleted-count">{t('tray.deleted', { count: deleted.length })}</span>
          <button type="button" className="btn" onClick={() => void undoDelete(deleted)} data-testid="deleted-undo">
            {t('tray.undo')}
          </button>
          <button type="button" className="btn btn-danger" onClick={() => setConfirm(true)} data-testid="deleted-purge">
            {t('tray.purge')}
          </button>
        </>
      ) : (
        <>
          <span data-testid="deleted-purged">{t('tray.purged', { count: purged ?? 0 })}</span>
          <button type="button" className="btn" onClick={() => setPurged(null)}>
            {t('common.close')}
          </button>
        </>
      )}
      <ConfirmDialog
        open={confirm}
        title={t('tray.purgeTitle', { count: deleted.length })}
        confirmLabel={t('tray.purge')}
        onCancel={() => setConfirm(false)}
        onConfirm={() => {
          setConfirm(false);
          void purgeDeleted(deleted).then(setPurged);
        }}
      >
        <p>{t('tray.purgeBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
