// Unknown layouts: show what was found (files, columns, sample rows) and let the user say which
// column holds the time, the transcript and the device.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping, LayoutPreview } from '../../../shared/importers/types';
import { FormActions } from '../../components/FormActions';

export function MappingForm({
  preview,
  onSubmit,
  onCancel,
}: {
  preview: LayoutPreview;
  onSubmit(mapping: ColumnMapping): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [tableIndex, setTableIndex] = useState(0);
  const table = preview.tables[tableIndex];
  const [time, setTime] = useState('');
  const [transcript, setTranscript] = useState('');
  const [device, setDevice] = useState('');

  if (!table)
    return (
      <div className="error-box" role="alert" data-testid="import-unknown">
        <strong>{t('import.errors.unknown-format')}</strong>
        <p>{t('import.noTables', { count: preview.files.length })}</p>
        <ul>
          {preview.files.slice(0, 30).map((f) => (
            <li key={f.path}>
              <code>{f.path}</code>
            </li>
          ))}
        </ul>
        <button type="button" className="btn" onClick={onCancel}>
          {t('common.close')}
        </button>
      </div>
    );

  const select = (label: string, value: string, set: (v: string) => void, required: boolean, testId: string) => (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => set(e.target.value)} required={required} data-testid={testId}>
        <option value="">{required ? t('import.mapping.choose') : t('import.mapping.none')}</option>
        {table.columns.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form
      className="card mapping"
      data-testid="import-mapping"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ file: table.file, time, transcript: transcript || undefined, device: device || undefined });
      }}
    >
      <h2>{t('import.mapping.title')}</h2>
      <p className="muted">{t('import.mapping.help')}</p>
      <label className="field">
        <span>{t('import.mapping.table')}</span>
        <select value={tableIndex} onChange={(e) => setTableIndex(Number(e.target.value))}>
          {preview.tables.map((tb, i) => (
            <option key={tb.file} value={i}>
              {tb.file}
            </option>
          ))}
        </select>
      </label>
      <div className="mapping-fields">
        {select(t('import.mapping.time'), time, setTime, true, 'mapping-time')}
        {select(t('import.mapping.transcript'), transcript, setTranscript, false, 'mapping-transcript')}
        {select(t('import.mapping.device'), device, setDevice, false, 'mapping-device')}
      </div>
      <div className="table-scroll">
        <table className="sample-table">
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c} className={c === time || c === transcript || c === device ? 'mapped' : undefined}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.sampleRows.slice(0, 5).map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FormActions
        className="result-actions"
        submitLabel={t('import.mapping.submit')}
        canSubmit={!!time}
        submitTestId="mapping-submit"
        cancelLabel={t('common.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}
