// One voice: its name (editable), size, median pitch, child badge, samples to listen to, and the edits
// the household makes on it (show its captures, merge it into another voice, split it in two).

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredVoice } from '../../db/records';
import { SampleAudio } from './SampleAudio';

export interface VoiceCardProps {
  voice: StoredVoice;
  label: string;
  others: { id: string; label: string }[];
  busy: boolean;
  onName(name: string): void;
  onShow(): void;
  onMerge(intoId: string): void;
  onSplit(): void;
}

export function VoiceCard({ voice, label, others, busy, onName, onShow, onMerge, onSplit }: VoiceCardProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(voice.named ? (voice.name ?? '') : '');
  const [target, setTarget] = useState('');
  return (
    <article className="card voice-card" data-testid="voice-card" aria-label={label}>
      <header className="voice-head">
        <h2 data-testid="voice-label">{label}</h2>
        {voice.child ? (
          <span className="chip flag flag-child" title={t('voices.childHint')} data-testid="voice-child">
            {t('voices.child')}
          </span>
        ) : null}
      </header>
      <p className="muted voice-facts">
        <span data-testid="voice-size">{t('voices.size', { count: voice.size })}</span>
        {' · '}
        {voice.medianPitchHz !== null ? t('voices.pitch', { hz: voice.medianPitchHz }) : t('voices.noPitch')}
        {!voice.named && voice.name ? ` · ${t('voices.providerName')}` : null}
      </p>
      <form
        className="voice-name"
        onSubmit={(e) => {
          e.preventDefault();
          onName(name);
        }}
      >
        <label className="field">
          <span>{t('voices.name')}</span>
          <input
            value={name}
            placeholder={voice.name ?? t('voices.namePlaceholder')}
            onChange={(e) => setName(e.target.value)}
            data-testid="voice-name-input"
            maxLength={60}
          />
        </label>
        <button type="submit" className="btn" disabled={busy} data-testid="voice-name-save">
          {t('voices.saveName')}
        </button>
      </form>
      {voice.sampleIds.length ? (
        <div className="voice-samples">
          <h3>{t('voices.samples')}</h3>
          {voice.sampleIds.map((id, i) => (
            <SampleAudio key={id} clipId={id} label={t('voices.sample', { n: i + 1 })} />
          ))}
        </div>
      ) : null}
      <div className="voice-actions">
        <button type="button" className="btn btn-primary" onClick={onShow} data-testid="voice-show">
          {t('voices.showClips')}
        </button>
        {others.length ? (
          <span className="voice-merge">
            <select
              aria-label={t('voices.mergeInto')}
              value={target}
              onChange={(e) => setTarget(e.target.value)}
              data-testid="voice-merge-target"
            >
              <option value="">{t('voices.mergeInto')}</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="btn"
              disabled={!target || busy}
              onClick={() => onMerge(target)}
              data-testid="voice-merge"
            >
              {t('voices.merge')}
            </button>
          </span>
        ) : null}
        <button
          type="button"
          className="btn"
          disabled={busy || voice.size < 2}
          onClick={onSplit}
          data-testid="voice-split"
        >
          {t('voices.split')}
        </button>
      </div>
    </article>
  );
}
