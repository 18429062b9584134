// Saving the current selection under a name and opening saved ones, in one small popover of the tray.

import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { deleteSelection, listSelections, saveSelection } from '../db/repos/selections';
import type { StoredSelection } from '../db/records';

export function SavedSelections({ ids, onOpen }: { ids: ReadonlySet<string>; onOpen(ids: string[]): void }) {
  const { t } = useTranslation();
  const saved = useLiveQuery(listSelections, [], []);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [removing, setRemoving] = useState<StoredSelection | null>(null);

  return (
    <span className="tray-saved">
      <button
        type="button"
        className="btn"
        aria-expanded={open}
        onClick={() => {
          setNotice(null);
          setOpen((v) => !v);
        }}
        data-testid="tray-open"
      >
        {t('tray.open')}
      </button>
      {notice ? (
        <span className="muted" role="status" data-testid="tray-saved-notice">
          {notice}
        </span>
      ) : null}
      {open ? (
        <div className="tray-popover card" data-testid="tray-saved-list">
          {ids.size ? (
            <form
              className="tray-save-form"
              onSubmit={(e) => {
                e.preventDefault();
                if (!name.trim()) return;
                void saveSelection(name, ids).then((s) => {
                  setNotice(t('tray.saved', { name: s.name }));
                  setName('');
                  setOpen(false);
                });
              }}
            >
              <label className="field">
                <span>{t('tray.saveName')}</span>
                <input value={name} onChange={(e) => setName(e.target.value)} autoFocus data-testid="tray-save-name" />
              </label>
              <button type="submit" className="btn btn-primary" disabled={!name.trim()} data-testid="tray-save-confirm">
                {t('tray.saveConfirm')}
              </button>
            </form>
          ) : null}
          {!saved.length ? <p className="muted">{t('tray.openEmpty')}</p> : null}
          <ul>
            {saved.map((s) => (
              <li key={s.id} data-testid="saved-selection">
                <button
                  type="button"
                  className="btn"
                  onClick={() => {
                    onOpen(s.clipIds);
                    setOpen(false);
                  }}
                  data-testid="saved-selection-open"
                >
                  {s.name}
                </button>
                <span className="muted">{t('tray.savedCount', { count: s.clipIds.length })}</span>
                <button type="button" className="btn btn-small" onClick={() => setRemoving(s)}>
                  {t('tray.deleteSaved')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title={t('tray.deleteSavedTitle', { name: removing?.name ?? '' })}
        confirmLabel={t('tray.deleteSaved')}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) void deleteSelection(removing.id);
          setRemoving(null);
        }}
      >
        <p>{t('tray.deleteSavedBody')}</p>
      </ConfirmDialog>
    </span>
  );
}
