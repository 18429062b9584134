// The choice shown when a backup is restored into a library that already holds recordings: both sides'
// counts and how many are the same recordings, then merge (add what is missing) or replace. Either runs as
// one transaction; cancelling it leaves the library as it was.

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getDb } from '../db/db';
import { restoreIntoLibrary, type RestoreMode, type RestorePlan, type RestoreResult } from './restore-merge';

interface Props {
  file: File;
  plan: RestorePlan;
  onDone(result: RestoreResult): void;
  onError(error: unknown): void;
  onCancel(): void;
}

export function RestoreChoice({ file, plan, onDone, onError, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => v.toLocaleString(i18n.language);
  const [running, setRunning] = useState<{ mode: RestoreMode; done: number; total: number } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const box = useRef<HTMLDivElement>(null);
  // The choice appears below the buttons, often below the fold: bring it into view.
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'nearest' });
  }, []);

  const run = async (mode: RestoreMode) => {
    const controller = new AbortController();
    abort.current = controller;
    setRunning({ mode, done: 0, total: 0 });
    try {
      const result = await restoreIntoLibrary(file, getDb(), mode, {
        signal: controller.signal,
        onProgress: (done, total) => setRunning({ mode, done, total }),
      });
      onDone(result);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') onCancel();
      else onError(error);
    } finally {
      setRunning(null);
    }
  };

  return (
    <div ref={box} className="notice restore-choice" role="alert" data-testid="restore-choice">
      <p>
        <strong>{t('restoreChoice.title')}</strong>
      </p>
      <table className="data-table restore-counts">
        <tbody>
          <tr data-testid="restore-count-backup">
            <td>{t('restoreChoice.inBackup')}</td>
            <td className="num">{n(plan.backup)}</td>
          </tr>
          <tr data-testid="restore-count-library">
            <td>{t('restoreChoice.inLibrary')}</td>
            <td className="num">{n(plan.library)}</td>
          </tr>
          <tr data-testid="restore-count-same">
            <td>{t('restoreChoice.same')}</td>
            <td className="num">{n(plan.same)}</td>
          </tr>
          {plan.deleted ? (
            <tr data-testid="restore-count-deleted">
              <td>{t('restoreChoice.deleted')}</td>
              <td className="num">{n(plan.deleted)}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <ul className="restore-options">
        <li>
          <strong>{t('restoreChoice.merge')}</strong>
          {': '}
          {t('restoreChoice.mergeResult', {
            count: plan.added,
            added: n(plan.added),
            total: n(plan.library + plan.added),
          })}
        </li>
        <li>
          <strong>{t('restoreChoice.replace')}</strong>
          {': '}
          {t('restoreChoice.replaceResult', {
            count: plan.library - plan.same,
            total: n(plan.backup),
            lost: n(plan.library - plan.same),
          })}
        </li>
      </ul>
      {running ? (
        <p role="status" data-testid="restore-running">
          {t(running.mode === 'merge' ? 'restoreChoice.merging' : 'restoreChoice.replacing', {
            done: running.done,
            total: running.total,
          })}{' '}
          <button type="button" className="btn" onClick={() => abort.current?.abort()} data-testid="restore-abort">
            {t('common.cancel')}
          </button>
        </p>
      ) : (
        <div className="backup-actions">
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => void run('merge')}
            data-testid="restore-merge"
          >
            {t('restoreChoice.merge')}
          </button>
          <button
            type="button"
            className="btn btn-danger"
            onClick={() => void run('replace')}
            data-testid="restore-replace"
          >
            {t('restoreChoice.replace')}
          </button>
          <button type="button" className="btn" onClick={onCancel} data-testid="restore-cancel">
            {t('common.cancel')}
          </button>
        </div>
      )}
      <p className="muted">{t('restoreChoice.safe')}</p>
    </div>
  );
}
