// Runs the re-encryption job (db/crypto/rekey.ts) in the background of the page and tells the Settings
// section how far it is. Started after unlock (a job a crash interrupted goes on) and after every change.

import { useSyncExternalStore } from 'react';
import { runRekeyJob } from '../db/crypto/rekey';

export interface EncryptionJobState {
  running: boolean;
  done: number;
  total: number;
  error: string | null;
  /** Bumped when a job finishes, so the section re-reads the key-check record. */
  finished: number;
}

let state: EncryptionJobState = { running: false, done: 0, total: 0, error: null, finished: 0 };
const listeners = new Set<() => void>();

function set(next: Partial<EncryptionJobState>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

let again = false;

/** Starts the job, or runs it once more after the current one (a second change while it runs). */
export function startEncryptionJob(): void {
  if (state.running) {
    again = true;
    return;
  }
  set({ running: true, done: 0, total: 0, error: null });
  runRekeyJob((p) => set({ done: p.done, total: p.total })).then(
    () => {
      set({ running: false, finished: state.finished + 1 });
      if (again) {
        again = false;
        startEncryptionJob();
      }
    },
    (error: unknown) => set({ running: false, error: error instanceof Error ? error.message : String(error) }),
  );
}

export function useEncryptionJob(): EncryptionJobState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
