// Owns the import worker for the Import screen: start, progress, cancel, result. One worker per run,
// terminated when the run ends or the screen goes away.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnMapping, LayoutPreview } from '../../shared/importers/types';
import type { IngestProgress } from '../../shared/pipeline/ingest';
import type { ImportEvent, ImportFile, ImportRequest, ImportSummary } from './protocol';
import { sendKeyring } from '../db/crypto/keyring-port';
import { releaseImportFiles } from './gather-files';
import type { NightHours } from '../../shared/night';

export type ImportState =
  | { status: 'idle' }
  | { status: 'running'; progress?: IngestProgress; files: ImportFile[] }
  | { status: 'done'; summary: ImportSummary }
  | { status: 'cancelled' }
  | { status: 'needs-mapping'; preview: LayoutPreview; files: ImportFile[] }
  | { status: 'error'; code: string; file: string; message: string };

export function useImportRunner(timeZone: string, nightHours: NightHours) {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);

  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };
  useEffect(() => stop, []);

  const start = useCallback(
    (files: ImportFile[], mapping?: ColumnMapping) => {
      stop();
      const instance = new Worker(new URL('./import.worker.ts', import.meta.url), {
        type: 'module',
        name: 'earshot-import',
      });
      sendKeyring(instance);
      worker.current = instance;
      setState({ status: 'running', files });
      instance.onmessage = (message: MessageEvent<ImportEvent>) => {
        const event = message.data;
        if (event.type === 'progress') setState({ status: 'running', files, progress: event.progress });
        else {
          if (event.type === 'done') {
            // Marks the end of the import for the tests and the benchmark (no effect on the app): the library
            // pass a finished import starts is the first to begin after this mark.
            performance.mark('earshot:import-done');
            setState({ status: 'done', summary: event.summary });
          } else if (event.type === 'cancelled') setState({ status: 'cancelled' });
          else if (event.type === 'needs-mapping') setState({ status: 'needs-mapping', preview: event.preview, files });
          else setState({ status: 'error', code: event.code, file: event.file, message: event.message });
          // The mapping step imports the same files again; every other end is the last read of them.
          if (event.type !== 'needs-mapping') void releaseImportFiles(files);
          stop();
        }
      };
      instance.onerror = (event) => {
        setState({
          status: 'error',
          code: 'internal',
          file: '',
          message: event.message || 'The import stopped unexpectedly.',
        });
        stop();
      };
      const request: ImportRequest = {
        type: 'start',
        importId: crypto.randomUUID(),
        files,
        timeZone,
        nightHours,
        mapping,
      };
      instance.postMessage(request);
    },
    [timeZone, nightHours],
  );

  const cancel = useCallback(() => {
    worker.current?.postMessage({ type: 'cancel' } satisfies ImportRequest);
  }, []);

  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { state, start, cancel, reset };
}
