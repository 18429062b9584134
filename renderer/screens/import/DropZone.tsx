// Where files come in: drag and drop (files and folders), the browser's pickers, or Electron's native dialog.

import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fromDataTransfer, fromFileList, fromNativeDialog } from '../../import/gather-files';
import type { ImportFile } from '../../import/protocol';
import { loadDemoHousehold } from '../../import/demo';
import { Icon } from '../../components/Icon';

export function DropZone({ onFiles }: { onFiles(files: ImportFile[]): void }) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const native = Boolean(window.earshot);

  const submit = (files: ImportFile[]) => {
    if (files.length) onFiles(files);
  };
  const pick = async (folders: boolean) => {
    if (native) submit(await fromNativeDialog(folders));
    else (folders ? folderInput : filesInput).current?.click();
  };

  return (
    <div
      className={`drop-zone card${over ? ' drop-over' : ''}`}
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void fromDataTransfer(e.dataTransfer).then(submit);
      }}
    >
      <div className="drop-icon" aria-hidden="true">
        <Icon name="download" size={40} />
      </div>
      <p className="drop-title">{t('import.dropTitle')}</p>
      <p className="muted">{t('import.dropHelp')}</p>
      <div className="drop-actions">
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => void pick(false)}
          data-testid="import-pick-files"
        >
          {t('import.pickFiles')}
        </button>
        <button type="button" className="btn" onClick={() => void pick(true)} data-testid="import-pick-folder">
          {t('import.pickFolder')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => void loadDemoHousehold().then(submit)}
          data-testid="import-demo"
        >
          {t('empty.demoAction')}
        </button>
      </div>
      <input
        ref={filesInput}
        type="file"
        multiple
        hidden
        data-testid="import-files-input"
        onChange={(e) => {
          submit(fromFileList(e.target.files ?? []));
          e.target.value = '';
        }}
      />
      <input
        ref={folderInput}
        type="file"
        hidden
        multiple
        data-testid="import-folder-input"
        {...{ webkitdirectory: '' }}
        onChange={(e) => {
          submit(fromFileList(e.target.files ?? []));
          e.target.value = '';
        }}
      />
      <p className="muted drop-privacy">{t('empty.privacy')}</p>
    </div>
  );
}
