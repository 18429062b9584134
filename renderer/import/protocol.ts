// Typed messages between the import screen and import.worker.ts.

import type { ColumnMapping, ImportErrorCode, LayoutPreview } from '../../shared/importers/types';
import type { ImportWarning, Source } from '../../shared/model';
import type { IngestProgress } from '../../shared/pipeline/ingest';

export interface ImportFile {
  path: string;
  blob: Blob;
  lastModified: number;
}

export type ImportRequest =
  | { type: 'start'; importId: string; files: ImportFile[]; timeZone: string; mapping?: ColumnMapping }
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
}

export type ImportEvent =
  | { type: 'progress'; progress: IngestProgress }
  | { type: 'needs-mapping'; preview: LayoutPreview }
  | { type: 'done'; summary: ImportSummary }
  | { type: 'cancelled' }
  | { type: 'error'; code: ImportErrorCode | 'internal'; file: string; message: string };
