// "Not ours": captures flagged `foreign`, hidden from every other view, listed with the reasons in the UI
// language and never played automatically. "This is ours" returns chosen captures to the library for good;
// "This isn't ours" starts the breach flow. Purge records stay visible here afterwards.

import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences';
import { useLibraryJob } from '../../classify/LibraryJobProvider';
import { useLibraryVersion } from '../../library/LibraryProvider';
import { confirmOwn, listPurges, loadQuarantine } from '../../db/repos/quarantine';
import { listDevices, listRooms } from '../../db/repos/rooms';
import { formatDate } from '../../format/time';
import { BreachFlow } from './BreachFlow';
import { QuarantineGroup } from './QuarantineGroup';
import './quarantine.css';
import { useLibraryRead } from '../../library/useLibraryRead';

export function QuarantineScreen() {
  const { t, i18n } = useTranslation();
  const { timeZone } = usePreferences();
  const job = useLibraryJob();
  const version = useLibraryVersion();
  const data = useLibraryRead(loadQuarantine, version);
  const clips = data?.clips;
  const purges = useLiveQuery(listPurges, [version], []);
  const devices = useLiveQuery(listDevices, [version], []);
  const rooms = useLiveQuery(listRooms, [version], []);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [flow, setFlow] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const date = (ts: number) => formatDate(ts, i18n.language, timeZone);

  if (flow && clips) return <BreachFlow clips={clips} devices={devices} rooms={rooms} onClose={() => setFlow(false)} />;

  const choose = (ids: readonly string[], on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      for (const id of ids)
        if (on) next.add(id);
        else next.delete(id);
      return next;
    });

  const ours = () => {
    const ids = [...chosen];
    void confirmOwn(ids).then(() => {
      setChosen(new Set());
      setMessage(t('quarantine.oursDone', { count: ids.length }));
      job.refresh();
    });
  };

  return (
    <section className="screen quarantine-screen" data-testid="quarantine-screen">
      <h1>{t('nav.quarantine')}</h1>
      <p className="muted">{t('quarantine.lead')}</p>
      {data?.summary?.provisional ? (
        <p className="notice" data-testid="quarantine-provisional">
          {t('strangers.provisionalLong')}
        </p>
      ) : null}
      {message ? (
        <p className="notice" role="status" data-testid="quarantine-message">
          {message}
        </p>
      ) : null}
      {purges.map((p) => (
        <p className="card purge-record" key={p.purgedAt} data-testid="purge-record">
          <strong>{t('quarantine.purgedTitle')}</strong>{' '}
          {t('quarantine.purged', {
            date: date(p.purgedAt),
            count: p.count,
            from: date(p.from),
            to: date(p.to),
            devices: p.deviceNames.length ? t('quarantine.purgedDevices', { names: p.deviceNames.join(', ') }) : '',
          })}
        </p>
      ))}
      {clips && !clips.length ? (
        <p className="muted" data-testid="quarantine-empty">
          {t('quarantine.none')}
        </p>
      ) : null}
      {clips?.length ? (
        <>
          <div className="quarantine-toolbar">
            <label>
              <input
                type="checkbox"
                checked={chosen.size === clips.length}
                onChange={(e) => setChosen(new Set(e.target.checked ? clips.map((c) => c.id) : []))}
                data-testid="quarantine-select-all"
              />{' '}
              {t('quarantine.selectAll')}
            </label>
            <span className="muted">{t('quarantine.selected', { count: chosen.size })}</span>
            <button type="button" className="btn" disabled={!chosen.size} onClick={ours} data-testid="quarantine-ours">
              {t('quarantine.ours')}
            </button>
            <button
              type="button"
              className="btn btn-danger"
              onClick={() => setFlow(true)}
              data-testid="quarantine-not-ours"
            >
              {t('quarantine.notOurs')}
            </button>
          </div>
          <ul className="quarantine-groups" data-testid="quarantine-list">
            {data?.summary?.devices.map((group) => (
              <QuarantineGroup
                key={group.deviceId}
                group={group}
                clips={clips.filter((c) => (c.deviceId ?? '') === group.deviceId)}
                devices={devices}
                rooms={rooms}
                chosen={chosen}
                onChoose={choose}
              />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
