// How many requests are overdue right now — the badge on the Requests navigation entry. Re-evaluated when a
// request changes and every ten minutes, so a deadline passing while the app is open shows up by itself.

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { usePreferences } from '../../app/preferences';
import { listRequests } from '../../db/repos/requests';
import { requestState } from './request-letter';

export function useOverdueCount(): number {
  const { timeZone } = usePreferences();
  const requests = useLiveQuery(listRequests, [], []);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 10 * 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return requests.filter((r) => requestState(r, now, timeZone).remind).length;
}
