// One device's share of a stranger's recordings: the span, what the evidence means in words, how sure
// Earshot is (never a bare number), and the recordings themselves — each can be checked deliberately by
// listening, after a privacy note; nothing plays by itself.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scoreBand, type ScoreBand, type StrangerDevice } from '../../../shared/foreign/strangers';
import type { Device, Room } from '../../../shared/model';
import { usePreferences } from '../../app/preferences';
import type { ClipRow } from '../../db/db';
import { formatDateTime } from '../../format/time';
import { SampleAudio } from '../voices/SampleAudio';
import { formatDateSpan } from './date-span';
import { foreignReasonTexts } from './reason-text';

interface Props {
  group: StrangerDevice;
  clips: readonly ClipRow[];
  devices: readonly Device[];
  rooms: readonly Room[];
  chosen: ReadonlySet<string>;
  onChoose(ids: readonly string[], on: boolean): void;
}

export function QuarantineGroup({ group, clips, devices, rooms, chosen, onChoose }: Props) {
  const { t, i18n } = useTranslation();
  const { timeZone } = usePreferences();
  const device = devices.find((d) => d.id === group.deviceId);
  const name = device?.name ?? (group.deviceId || t('quarantine.noDevice'));
  const bands = new Map<ScoreBand, number>();
  for (const c of clips)
    bands.set(scoreBand(c.foreignScore ?? 0), (bands.get(scoreBand(c.foreignScore ?? 0)) ?? 0) + 1);
  const allChosen = clips.length > 0 && clips.every((c) => chosen.has(c.id));
  const n = (v: number) => v.toLocaleString(i18n.language);
  return (
    <li className="card quarantine-group" data-testid="quarantine-group">
      <div className="quarantine-group-head">
        <label className="quarantine-pick">
          <input
            type="checkbox"
            checked={allChosen}
            onChange={(e) =>
              onChoose(
                clips.map((c) => c.id),
                e.target.checked,
              )
            }
            aria-label={t('strangers.selectGroup', { device: name })}
          />
        </label>
        <div>
          <h2 data-testid="quarantine-group-title">
            {t('strangers.groupTitle', {
              count: group.count,
              n: n(group.count),
              device: name,
              span: formatDateSpan(group.from, group.to, i18n.language, timeZone),
            })}
          </h2>
          <ul className="quarantine-explain" data-testid="quarantine-group-reasons">
            {group.reasons.map((code) => (
              <li key={code}>
                <strong>{t(`strangers.reasonTitle.${code}`)}</strong> {t(`strangers.reasonExplain.${code}`)}
              </li>
            ))}
          </ul>
          <p className="muted" data-testid="quarantine-group-certainty">
            {(['certain', 'likely', 'possible'] as const)
              .filter((band) => bands.get(band))
              .map((band) => t(`strangers.band.${band}`, { count: bands.get(band)!, n: n(bands.get(band)!) }))
              .join(' · ')}
          </p>
        </div>
      </div>
      <details>
        <summary>{t('strangers.showRecordings', { count: clips.length, n: n(clips.length) })}</summary>
        <ul className="quarantine-list">
          {clips.map((c) => (
            <QuarantineItem
              key={c.id}
              clip={c}
              devices={devices}
              rooms={rooms}
              chosen={chosen.has(c.id)}
              onToggle={(on) => onChoose([c.id], on)}
              when={formatDateTime(c.ts, i18n.language, timeZone)}
            />
          ))}
        </ul>
      </details>
    </li>
  );
}

function QuarantineItem(props: {
  clip: ClipRow;
  devices: readonly Device[];
  rooms: readonly Room[];
  chosen: boolean;
  when: string;
  onToggle(on: boolean): void;
}) {
  const { t } = useTranslation();
  const { clip: c } = props;
  const [listen, setListen] = useState(false);
  return (
    <li className="quarantine-item" data-testid="quarantine-item">
      <label className="quarantine-pick">
        <input
          type="checkbox"
          checked={props.chosen}
          onChange={(e) => props.onToggle(e.target.checked)}
          aria-label={t('quarantine.select')}
        />
      </label>
      <div>
        <p className="quarantine-when">
          <strong>{props.when}</strong>
          {' · '}
          <span className="muted">{t(`strangers.bandOne.${scoreBand(c.foreignScore ?? 0)}`)}</span>
        </p>
        <ul className="quarantine-reasons" aria-label={t('quarantine.reasons')}>
          {foreignReasonTexts(c, props.devices, props.rooms, t).map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
        {c.audioId ? (
          listen ? (
            <div className="quarantine-listen" data-testid="quarantine-listen">
              <p className="muted">{t('strangers.listenNote')}</p>
              <SampleAudio clipId={c.audioId} label={t('strangers.listen')} />
            </div>
          ) : (
            <button
              type="button"
              className="btn btn-small quarantine-check"
              onClick={() => setListen(true)}
              data-testid="quarantine-check"
            >
              {t('strangers.listen')}
            </button>
          )
        ) : (
          <p className="muted">{t('strangers.noAudio')}</p>
        )}
      </div>
    </li>
  );
}
