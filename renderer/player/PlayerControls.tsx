// Waveform and transport for the open clip. Keys (anywhere outside text fields): Space play/pause,
// ←/→ seek 2 s, J back 5 s, K pause, L forward 5 s (N/P for next/previous clip live in ClipPanel).

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AudioRow, PeaksRow } from '../db/db';
import { Icon } from '../components/Icon';
import { useOpenClip } from './OpenClipProvider';
import { useThemeColors } from './useThemeColors';
import { useWaveform, type WaveformSource } from './useWaveform';

const RATES = [0.75, 1, 1.25, 1.5, 2];

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function PlayerControls({
  clipId,
  loadAudio,
  loadPeaks,
  autoplayAllowed,
}: {
  clipId: string;
  loadAudio(id: string): Promise<AudioRow | undefined>;
  loadPeaks(id: string): Promise<PeaksRow | undefined>;
  autoplayAllowed: boolean;
}) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const { next, previous, playAll, setPlayAll } = useOpenClip();
  const [source, setSource] = useState<WaveformSource | null>(null);
  const [rate, setRate] = useState(1);
  const colors = useThemeColors();

  useEffect(() => {
    let cancelled = false;
    void Promise.all([loadAudio(clipId), loadPeaks(clipId)]).then(([audio, peaks]) => {
      if (cancelled) return;
      setSource({
        key: clipId,
        blob: audio?.blob ?? null,
        peaks: peaks?.peaks ?? null,
        durationMs: peaks?.durationMs ?? 0,
        gainDb: peaks?.gainDb ?? 0,
      });
    });
    return () => {
      cancelled = true;
    };
  }, [clipId, loadAudio, loadPeaks]);

  const [state, controls] = useWaveform(container, source, {
    colors,
    autoplay: playAll && autoplayAllowed,
    onFinish: () => {
      if (playAll && !next()) setPlayAll(false);
    },
  });

  const controlsRef = useRef(controls);
  useEffect(() => {
    controlsRef.current = controls;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      const c = controlsRef.current;
      const actions: Record<string, () => void> = {
        ' ': () => c.playPause(),
        ArrowLeft: () => c.seekBy(-2),
        ArrowRight: () => c.seekBy(2),
        j: () => c.seekBy(-5),
        k: () => c.pause(),
        l: () => c.seekBy(5),
      };
      const action = actions[event.key.length === 1 ? event.key.toLowerCase() : event.key];
      if (!action) return;
      if (event.key === ' ' && event.target instanceof HTMLButtonElement) return; // the button handles it
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="player" data-testid="player">
      <div ref={container} className="waveform" data-testid="waveform" />
      {state.error ? (
        <p className="error-box" role="alert">
          {t('player.error', { message: state.error })}
        </p>
      ) : null}
      <div className="player-bar">
        <button
          type="button"
          className="btn"
          onClick={() => void previous()}
          aria-label={t('player.previous')}
          title={`${t('player.previous')} (P)`}
        >
          <Icon name="previous" />
        </button>
        <button
          type="button"
          className="btn btn-primary player-play"
          onClick={controls.playPause}
          disabled={!source?.blob}
          aria-label={state.playing ? t('player.pause') : t('player.play')}
          data-testid="player-play"
          data-playing={state.playing}
        >
          <Icon name={state.playing ? 'pause' : 'play'} />
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => void next()}
          aria-label={t('player.next')}
          title={`${t('player.next')} (N)`}
        >
          <Icon name="next" />
        </button>
        <span className="player-time" data-testid="player-time">
          {state.time.toFixed(1)} / {state.duration.toFixed(1)} s
        </span>
        <label className="player-rate">
          <span className="visually-hidden">{t('player.speed')}</span>
          <select
            value={rate}
            onChange={(e) => {
              const value = Number(e.target.value);
              setRate(value);
              controls.setRate(value);
            }}
          >
            {RATES.map((r) => (
              <option key={r} value={r}>
                {r}×
              </option>
            ))}
          </select>
        </label>
        <label className="player-all">
          <input
            type="checkbox"
            checked={playAll}
            onChange={(e) => setPlayAll(e.target.checked)}
            data-testid="player-all"
          />
          {t('player.playAll')}
        </label>
      </div>
      <p className="muted player-keys">{t('player.keys')}</p>
    </div>
  );
}
