// The UI thread's side of library-read.worker.ts: one worker, started on the first request and kept, and
// where there is no Worker (the unit tests' DOM) the same reads answered on this thread. The stranger
// summary is read once per library version however many components show it.

import type { StrangerSummary } from '../../shared/foreign/strangers';
import { sendKeyring } from '../db/crypto/keyring-port';
import { readCachedColumns } from '../db/repos/library';
import type { ClipColumns } from './columns';
import { answerLibraryRead } from './library-read-host';
import type { LibraryReadEvent, LibraryReadRequest } from './library-read-protocol';

type Pending = { resolve(event: LibraryReadEvent): void };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function ask(request: Omit<LibraryReadRequest, 'id'>): Promise<LibraryReadEvent> {
  const id = nextId++;
  const full = { ...request, id } as LibraryReadRequest;
  if (typeof Worker === 'undefined') return answerLibraryRead(full);
  if (!worker) {
    worker = new Worker(new URL('./library-read.worker.ts', import.meta.url), {
      type: 'module',
      name: 'earshot-library-read',
    });
    worker.onmessage = (message: MessageEvent<LibraryReadEvent>) => {
      const waiting = pending.get(message.data.id);
      pending.delete(message.data.id);
      waiting?.resolve(message.data);
    };
  }
  // The keyring with every request: unlocking, turning encryption on or a new key change it while the
  // worker lives.
  sendKeyring(worker);
  const answer = new Promise<LibraryReadEvent>((resolve) => pending.set(id, { resolve }));
  worker.postMessage(full);
  return answer;
}

function fail(event: LibraryReadEvent): never {
  const error = new Error(event.type === 'error' ? event.message : `unexpected answer ${event.type}`);
  if (event.type === 'error') error.name = event.name;
  throw error;
}

/**
 * The columnar index of the current library: the cached one when it matches the version (one row, read
 * here: the first paint waits for it), else rebuilt from every clip row — and cached — in the worker.
 */
export async function loadLibraryColumns(): Promise<{ version: number; columns: ClipColumns }> {
  return (await readCachedColumns()) ?? rebuildLibraryColumns();
}

/** The columnar index rebuilt from every clip row (and cached) in the worker. */
export async function rebuildLibraryColumns(): Promise<{ version: number; columns: ClipColumns }> {
  const event = await ask({ type: 'columns' });
  return event.type === 'columns' ? { version: event.version, columns: event.columns } : fail(event);
}

let strangers: { version: number; summary: Promise<StrangerSummary | null> } | null = null;

/** The stranger summary (quarantine.ts `loadStrangerSummary`), read once per library version. */
export function strangerSummaryAt(version: number): Promise<StrangerSummary | null> {
  if (strangers?.version !== version) {
    const summary = ask({ type: 'strangers' }).then((event) =>
      event.type === 'strangers' ? event.summary : fail(event),
    );
    strangers = { version, summary };
    // A failed read is read again next time it is asked for.
    summary.catch(() => {
      if (strangers?.summary === summary) strangers = null;
    });
  }
  return strangers.summary;
}

/** Forgets the worker and the remembered summary (tests; a worker is started again on demand). */
export function resetLibraryReads(): void {
  worker?.terminate();
  worker = null;
  strangers = null;
  for (const waiting of pending.values()) waiting.resolve({ id: 0, type: 'error', name: 'Error', message: 'reset' });
  pending.clear();
}
