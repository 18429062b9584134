// Notes and attachments of a request: the company's reply, postal receipts, screenshots — stored as Blobs in
// the request row, on this computer only.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { StoredRequest } from '../../db/records';
import { addAttachments, attachmentBlob, removeAttachment, type RequestPatch } from '../../db/repos/requests';
import { downloadBlob } from '../../format/save-file';

export function NotesCard({ request, onSave }: { request: StoredRequest; onSave(patch: RequestPatch): void }) {
  const { t } = useTranslation();
  const [notes, setNotes] = useState(request.notes);
  const [removing, setRemoving] = useState<number | null>(null);
  return (
    <div className="card">
      <h2>{t('requests.notes')}</h2>
      <label className="field">
        <span className="visually-hidden">{t('requests.notes')}</span>
        <textarea
          rows={4}
          value={notes}
          placeholder={t('requests.notesHint')}
          onChange={(e) => setNotes(e.target.value)}
          onBlur={() => {
            if (notes !== request.notes) onSave({ notes });
          }}
          data-testid="request-notes"
        />
      </label>
      <h3>{t('requests.attachments')}</h3>
      {!request.attachments.length ? <p className="muted small">{t('requests.noAttachments')}</p> : null}
      <ul className="attachments" data-testid="attachments">
        {request.attachments.map((a, i) => (
          <li key={`${a.name}-${i}`} data-testid="attachment">
            <button
              type="button"
              className="link-button"
              onClick={() => void attachmentBlob(a.blob).then((blob) => downloadBlob(blob, a.name))}
            >
              {a.name}
            </button>
            <span className="muted small">{Math.max(1, Math.round(a.blob.size / 1024))} KB</span>
            <button type="button" className="btn btn-small" onClick={() => setRemoving(i)}>
              {t('requests.remove')}
            </button>
          </li>
        ))}
      </ul>
      <label className="btn">
        {t('requests.addAttachments')}
        <input
          type="file"
          multiple
          className="visually-hidden"
          data-testid="attachment-input"
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = '';
            if (files.length)
              void addAttachments(
                request.id,
                files.map((f) => ({ name: f.name, type: f.type, blob: f })),
              );
          }}
        />
      </label>
      <ConfirmDialog
        open={removing !== null}
        title={`${t('requests.remove')}: ${removing !== null ? (request.attachments[removing]?.name ?? '') : ''}`}
        confirmLabel={t('requests.remove')}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing !== null) void removeAttachment(request.id, removing);
          setRemoving(null);
        }}
      >
        <p>{t('requests.removeAttachmentBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
