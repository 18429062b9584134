// Runs the library worker (classification, groups, voices, foreign detection) when asked — after an
// import, after corrections — one run at a time; a request during a run queues exactly one more.

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { usePreferences } from '../app/preferences';
import { hasVoicePending } from '../db/repos/voice-analysis';
import type { LibraryJobEvent, LibraryJobRequest } from './protocol';
import { sendKeyring } from '../db/crypto/keyring-port';

export interface LibraryJobValue {
  running: boolean;
  phase: string | null;
  last: Extract<LibraryJobEvent, { type: 'done' }> | null;
  error: string | null;
  refresh(): void;
}

const LibraryJobContext = createContext<LibraryJobValue | null>(null);

export function LibraryJobProvider({ children }: { children: ReactNode }) {
  const { timeZone, nightHours } = usePreferences();
  const [state, setState] = useState<Omit<LibraryJobValue, 'refresh'>>({
    running: false,
    phase: null,
    last: null,
    error: null,
  });
  const worker = useRef<Worker | null>(null);
  const queued = useRef(false);
  const self = useRef<() => void>(() => undefined);

  const start = useCallback(() => {
    if (worker.current) {
      queued.current = true;
      return;
    }
    const instance = new Worker(new URL('./library.worker.ts', import.meta.url), {
      type: 'module',
      name: 'earshot-library',
    });
    sendKeyring(instance);
    worker.current = instance;
    // With 'earshot:library-done', tells the tests and the benchmark which pass ran after which change.
    performance.mark('earshot:library-start');
    setState((s) => ({ ...s, running: true, phase: 'reading', error: null }));
    const finish = () => {
      instance.terminate();
      worker.current = null;
      if (queued.current) {
        queued.current = false;
        self.current();
      }
    };
    instance.onmessage = (message: MessageEvent<LibraryJobEvent>) => {
      const event = message.data;
      if (event.type === 'progress') setState((s) => ({ ...s, phase: event.phase }));
      else if (event.type === 'done') {
        // For the benchmark's "time to complete numbers" (no effect on the app).
        performance.mark('earshot:library-done', { detail: event });
        setState({ running: false, phase: null, last: event, error: null });
        finish();
      } else {
        setState((s) => ({ ...s, running: false, phase: null, error: event.message }));
        finish();
      }
    };
    instance.onerror = (event) => {
      setState((s) => ({ ...s, running: false, phase: null, error: event.message }));
      finish();
    };
    instance.postMessage({ type: 'run', timeZone, nightHours } satisfies LibraryJobRequest);
  }, [timeZone, nightHours]);

  useEffect(() => {
    self.current = start;
  }, [start]);
  useEffect(() => () => worker.current?.terminate(), []);
  // Other night hours (Settings) re-flag the whole library.
  const nightKey = `${nightHours.from}-${nightHours.to}`;
  const lastNight = useRef(nightKey);
  useEffect(() => {
    if (lastNight.current === nightKey) return;
    lastNight.current = nightKey;
    start();
  }, [nightKey, start]);
  // Pitch and embeddings an import deferred are computed by the pass; if the app was closed before it
  // finished, finish it now rather than at the next import.
  // Delayed so the scan of the peaks table stays out of the way of the first paint.
  useEffect(() => {
    const timer = setTimeout(
      () =>
        void hasVoicePending().then((pending) => {
          if (pending) self.current();
        }),
      3000,
    );
    return () => clearTimeout(timer);
  }, []);
  const value = useMemo(() => ({ ...state, refresh: start }), [state, start]);
  return <LibraryJobContext.Provider value={value}>{children}</LibraryJobContext.Provider>;
}

export function useLibraryJob(): LibraryJobValue {
  const value = useContext(LibraryJobContext);
  if (!value) throw new Error('useLibraryJob outside LibraryJobProvider');
  return value;
}
