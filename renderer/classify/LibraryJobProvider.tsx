// Runs the library worker (classification, groups, voices, foreign detection) when asked — after an
// import, after corrections — one run at a time; a request during a run queues exactly one more.

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { usePreferences } from '../app/preferences';
import { hasVoicePending } from '../db/repos/voice-analysis';
import type { LibraryJobEvent, LibraryJobRequest } from './protocol';
import { sendKeyring } from '../db/crypto/keyring-port';
import { currentPass } from '../db/repos/derived';

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
  // A pass is being checked for (currentPass) or runs.
  const busy = useRef(false);
  const self = useRef<() => void>(() => undefined);

  const start = useCallback(() => {
    if (busy.current) {
      queued.current = true;
      return;
    }
    busy.current = true;
    // With 'earshot:library-done', tells the tests and the benchmark which pass ran after which change. Marked
    // before the check for a current pass, so even a pass found current has its done mark strictly later.
    performance.mark('earshot:library-start');
    const finish = () => {
      busy.current = false;
      if (queued.current) {
        queued.current = false;
        self.current();
      }
    };
    const runWorker = () => {
      const instance = new Worker(new URL('./library.worker.ts', import.meta.url), {
        type: 'module',
        name: 'earshot-library',
      });
      sendKeyring(instance);
      worker.current = instance;
      setState((s) => ({ ...s, running: true, phase: 'reading', error: null }));
      const end = () => {
        instance.terminate();
        worker.current = null;
        finish();
      };
      instance.onmessage = (message: MessageEvent<LibraryJobEvent>) => {
        const event = message.data;
        if (event.type === 'progress') setState((s) => ({ ...s, phase: event.phase }));
        else if (event.type === 'done') {
          // For the benchmark's "time to complete numbers" (no effect on the app).
          performance.mark('earshot:library-done', { detail: event });
          setState({ running: false, phase: null, last: event, error: null });
          end();
        } else {
          setState((s) => ({ ...s, running: false, phase: null, error: event.message }));
          end();
        }
      };
      instance.onerror = (event) => {
        setState((s) => ({ ...s, running: false, phase: null, error: event.message }));
        end();
      };
      instance.postMessage({ type: 'run', timeZone, nightHours } satisfies LibraryJobRequest);
    };
    // The import's commit may have written the pass's result with the captures (db/repos/derived.ts,
    // `currentPass`): then there is nothing to compute, and no number is shown as still being computed.
    void currentPass({ timeZone, nightHours })
      .catch(() => null)
      .then((summary) => {
        if (summary) {
          const event: Extract<LibraryJobEvent, { type: 'done' }> = {
            type: 'done',
            ...summary,
            elapsedMs: 0,
            voiceAnalysis: { clips: 0, audioSeconds: 0, busyMs: 0, wallMs: 0, workers: 0 },
          };
          performance.mark('earshot:library-done', { detail: event });
          setState({ running: false, phase: null, last: event, error: null });
          finish();
          return;
        }
        runWorker();
      });
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
