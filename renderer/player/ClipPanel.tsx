// The open clip: what, when, where, who — the transcript or its status, category (correctable), flags
// with their reasons — and the waveform player with keyboard control.

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, type Category } from '../../shared/model';
import { usePreferences } from '../app/preferences';
import { correctCategory, getAudio, getClip, getPeaks } from '../db/repos/clips';
import { formatClipLength } from '../format/duration';
import { formatDateTime, formatUtc } from '../format/time';
import { useLibrary } from '../library/LibraryProvider';
import { FlagChips } from '../components/FlagChips';
import { Icon } from '../components/Icon';
import { useOpenClip } from './OpenClipProvider';
import { ClipSources } from './ClipSources';
import { ClipDialogue, ClipProviderIntent } from './ClipDialogue';
import { PlayerControls } from './PlayerControls';
import './player.css';

export function ClipPanel() {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const { timeZone } = usePreferences();
  const { columns } = useLibrary();
  const { openIndex, open, next, previous } = useOpenClip();
  const id = openIndex !== null ? columns?.ids[openIndex] : undefined;
  const clip = useLiveQuery(() => (id ? getClip(id) : undefined), [id]);
  const device = clip?.deviceId ? columns?.devices.find((d) => d.id === clip.deviceId) : undefined;
  const room = clip?.roomId ? columns?.rooms.find((r) => r.id === clip.roomId) : undefined;
  const [showReasons, setShowReasons] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (id) heading.current?.focus();
  }, [id]);

  // N/P move through the clips of the current filter, with or without audio.
  useEffect(() => {
    if (!id) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        target?.closest('input, textarea, select, [contenteditable="true"]')
      )
        return;
      const key = event.key.toLowerCase();
      if (key === 'n' || key === 'p') {
        event.preventDefault();
        if (key === 'n') next();
        else previous();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [id, next, previous]);

  if (!id) return null;
  if (!clip) return <aside className="clip-panel card muted">{t('common.loading')}</aside>;
  const foreign = clip.flags.includes('foreign');

  return (
    <aside className="clip-panel card" data-testid="clip-panel" aria-labelledby={titleId}>
      <div className="clip-panel-head">
        <h2 id={titleId} ref={heading} tabIndex={-1} data-testid="clip-title">
          {formatDateTime(clip.ts, i18n.language, timeZone)}
        </h2>
        <button type="button" className="btn btn-icon" onClick={() => open(null)} aria-label={t('common.close')}>
          <Icon name="close" />
        </button>
      </div>
      <p className="muted clip-utc">UTC {formatUtc(clip.ts)}</p>
      <dl className="clip-facts">
        <dt>{t('clip.room')}</dt>
        <dd>
          {room ? room.name : t('clip.noRoom')}{' '}
          {room?.private ? (
            <span className="chip">
              <Icon name="lock" size={12} /> {t('clip.private')}
            </span>
          ) : null}
        </dd>
        <dt>{t('clip.device')}</dt>
        <dd>{device?.name ?? clip.deviceId ?? '—'}</dd>
        <ClipSources clip={clip} />
        <ClipProviderIntent clip={clip} />
        <dt>{t('clip.duration')}</dt>
        <dd>{formatClipLength(clip.durationMs, i18n.language)}</dd>
        {clip.personName ? (
          <>
            <dt>{t('clip.person')}</dt>
            <dd>{clip.personName}</dd>
          </>
        ) : null}
      </dl>
      <blockquote className={`clip-transcript${clip.transcript ? '' : ' muted'}`} data-testid="clip-transcript">
        {clip.transcript ?? t(`status.${clip.transcriptStatus}`)}
      </blockquote>
      {clip.response ? <p className="clip-response muted">↳ {clip.response}</p> : null}
      <ClipDialogue clip={clip} />
      <label className="field clip-category">
        <span>{t('clip.category')}</span>
        <select
          value={clip.category}
          data-testid="clip-category"
          onChange={(e) => void correctCategory([clip.id], e.target.value as Category)}
        >
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`categories.${c}`)}
            </option>
          ))}
        </select>
        <small className="muted" data-testid="clip-category-source">
          {clip.categoryCorrected
            ? t('clip.corrected')
            : clip.categorySource === 'provider' || clip.categorySource === 'dialogue'
              ? t(`clipIntent.source.${clip.categorySource}`)
              : clip.transcript?.trim()
                ? t('clip.confidence', { value: Math.round(clip.categoryConfidence * 100) })
                : t('clipIntent.source.noText')}
        </small>
      </label>
      {clip.flags.length ? (
        <div className="clip-flags">
          <FlagChips flags={clip.flags} />
          <button
            type="button"
            className="link-button"
            onClick={() => setShowReasons((v) => !v)}
            aria-expanded={showReasons}
          >
            {t('clip.why')}
          </button>
          {showReasons ? (
            <ul className="flag-reasons" data-testid="flag-reasons">
              {(clip.flagReasons ?? []).map((r, i) => (
                <li key={i}>
                  <strong>{t(`flags.${r.flag}`)}</strong>:{' '}
                  {t(`reasons.${r.kind}`, { detail: r.detail, defaultValue: r.detail })}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {clip.audioId ? (
        <PlayerControls clipId={clip.id} loadAudio={getAudio} loadPeaks={getPeaks} autoplayAllowed={!foreign} />
      ) : (
        <p className="muted" data-testid="no-audio">
          {t('clip.noAudio')}
        </p>
      )}
    </aside>
  );
}
