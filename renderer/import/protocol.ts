// Typed messages between the import screen and import.worker.ts.

import type { ColumnMapping, ImportErrorCode, LayoutPreview } from '../../shared/importers/types';
import type { ImportWarning, Source } from '../../shared/model';
import type { IngestProgress } from '../../shared/pipeline/ingest';
import type { NightHours } from '../../shared/night';

/**
 * A file to import: a File (the browser's picker and drag and drop hand over handles; nothing is read until
 * an importer reads it), or in the desktop app a file main serves by token, read lazily by range requests.
 */
export type ImportFile = { path: string; lastModified: number } & (
  { blob: Blob; remote?: undefined } | { remote: { url: string; size: number }; blob?: undefined }
);

export function importFileSize(file: ImportFile): number {
  return file.blob ? file.blob.size : file.remote.size;
}

export type ImportRequest =
  | {
      type: 'start';
      importId: string;
      files: ImportFile[];
      timeZone: string;
      /** The household's night hours: the library pass the commit writes flags night captures with them. */
      nightHours: NightHours;
      mapping?: ColumnMapping;
    }
  | { type: 'cancel' };

export interface ImportSummary {
  importId: string;
  captures: number;
  newCaptures: number;
  perSource: Partial<Record<Source, number>>;
  devices: { id: string; name: string; registered: boolean; provider: string; room?: string }[];
  withAudio: number;
  withoutAudio: number;
  withoutTranscript: number;
  warnings: ImportWarning[];
  unclaimed: string[];
  elapsedMs: number;
  /** What the pool of analysis workers did during the import (the benchmark's per-core real-time factor). */
  audioAnalysis?: { clips: number; audioSeconds: number; busyMs: number; workers: number; wallMs: number };
}

export type ImportEvent =
  | { type: 'progress'; progress: IngestProgress }
  | { type: 'needs-mapping'; preview: LayoutPreview }
  | { type: 'done'; summary: ImportSummary }
  | { type: 'cancelled' }
  | { type: 'error'; code: ImportErrorCode | 'internal'; file: string; message: string };
