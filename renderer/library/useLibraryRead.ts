// A read over the whole library, made again each time the library version changes.
//
// Not a Dexie `liveQuery`: liveQuery restarts its read on every write to a table it read and drops the
// result of the read it restarted, so a scan of all clips that takes longer than the gap between the
// analysis pass's writes never delivers anything (on a busy machine the stranger banner stayed away for
// the whole analysis). Here every read runs to its end and its answer is shown unless a read started
// later has already answered; the version (bumped once per committed change, see docs/architecture.md)
// says when to read again.

import { useEffect, useRef, useState } from 'react';
import { isConnectionClosed } from '../db/connection-closed';

export function useLibraryRead<T>(read: () => Promise<T>, version: number): T | undefined {
  const [answer, setAnswer] = useState<{ value: T } | { error: unknown } | undefined>(undefined);
  const started = useRef(0);
  const shown = useRef(0);
  const mounted = useRef(true);
  const latestRead = useRef(read);
  useEffect(() => {
    latestRead.current = read;
  });
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  useEffect(() => {
    const seq = ++started.current;
    // A newer version does not cancel this read: its answer is still worth showing until a later one arrives.
    latestRead.current().then(
      (value) => {
        if (!mounted.current || seq < shown.current) return;
        shown.current = seq;
        setAnswer({ value });
      },
      (error: unknown) => {
        // A read cut off by the deletion of the library is read again on the version bump that ends it.
        if (isConnectionClosed(error)) return;
        if (mounted.current && seq >= shown.current) setAnswer({ error });
      },
    );
  }, [version]);
  if (answer && 'error' in answer) throw answer.error;
  return answer?.value;
}
