// How many requests are overdue right now — the badge on the Requests navigation entry. Re-evaluated when a
// request changes and every ten minutes, so a deadline passing while the app is open shows up by itself.

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { usePreferences } from '../../app/preferences';
import { listRequests } from '../../db/repos/requests';
import { requestState } from '../../../shared/gdpr/request-letter';

/** The current time, refreshed every ten minutes: deadlines are whole days, so this is precise enough. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 10 * 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

export function useOverdueCount(): number {
  const { timeZone } = usePreferences();
  const requests = useLiveQuery(listRequests, [], []);
  const now = useNow();
  return requests.filter((r) => requestState(r, now, timeZone).remind).length;
}
