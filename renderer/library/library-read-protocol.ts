// Typed messages between the UI thread and library-read.worker.ts, which does the whole-library reads the
// views need after a change (the columnar index when its cache is stale, the stranger summary) off the UI
// thread: deserialising every clip row is the long part, and it grows with the library.

import type { StrangerSummary } from '../../shared/foreign/strangers';
import type { ClipColumns } from './columns';

export type LibraryReadRequest = { id: number; type: 'columns' } | { id: number; type: 'strangers' };

export type LibraryReadEvent =
  | { id: number; type: 'columns'; version: number; columns: ClipColumns }
  | { id: number; type: 'strangers'; summary: StrangerSummary | null }
  | { id: number; type: 'error'; name: string; message: string };

/** The typed arrays of the columns, handed over instead of copied. */
export function columnsTransfer(columns: ClipColumns): Transferable[] {
  const arrays = [
    columns.ts,
    columns.durationMs,
    columns.room,
    columns.device,
    columns.source,
    columns.sourceMask,
    columns.category,
    columns.flags,
    columns.voice,
    columns.kind,
    columns.status,
  ];
  const buffers = new Set<ArrayBuffer>();
  for (const array of arrays) if (array && array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
  return [...buffers];
}
