// The single owner of Earshot's one wavesurfer.js instance: created on mount, destroyed on unmount (its
// audio stopped), recoloured in place on a theme switch, fed with the stored peaks and the audio Blob (no
// decoding for drawing). Playback runs through a
// Web Audio gain node so quiet and loud clips play at a similar loudness (gain computed at import).

import { useEffect, useRef, useState } from 'react';
import WaveSurfer from 'wavesurfer.js';

export interface WaveformSource {
  key: string;
  blob: Blob | null;
  /** Interleaved min,max peaks (±127) as stored at import. */
  peaks: Int8Array | null;
  durationMs: number;
  gainDb: number;
}

export interface WaveformState {
  ready: boolean;
  playing: boolean;
  time: number;
  duration: number;
  error: string | null;
}

export interface WaveformControls {
  playPause(): void;
  play(): void;
  pause(): void;
  seekBy(seconds: number): void;
  seekTo(seconds: number): void;
  setRate(rate: number): void;
}

function peaksToChannel(peaks: Int8Array): Float32Array {
  const out = new Float32Array(peaks.length);
  for (let i = 0; i < peaks.length; i++) out[i] = peaks[i]! / 127;
  return out;
}

interface AudioRefs {
  surfer: WaveSurfer | null;
  context: AudioContext | null;
  gain: GainNode | null;
  gainDb: number;
  /** The clip still being handed to wavesurfer (null once loaded): a Play press meanwhile waits for it. */
  loadingKey: string | null;
  wantPlay: boolean;
}

/** Lazily routes the media element through a gain node (an AudioContext needs a user gesture). */
async function startPlayback(refs: AudioRefs): Promise<void> {
  const media = refs.surfer?.getMediaElement();
  if (media && !refs.gain) {
    const context = new AudioContext();
    const node = context.createGain();
    context.createMediaElementSource(media).connect(node).connect(context.destination);
    refs.context = context;
    refs.gain = node;
  }
  if (refs.gain) refs.gain.gain.value = 10 ** (refs.gainDb / 20);
  await refs.context?.resume();
  await refs.surfer?.play();
}

/** Play now, or as soon as the clip is loaded: the button is enabled once the clip has audio, a moment before
 * wavesurfer has it, and a press in that moment must not be swallowed. */
function requestPlayback(refs: AudioRefs): void {
  if (refs.loadingKey !== null) refs.wantPlay = true;
  else void startPlayback(refs);
}

export function useWaveform(
  container: React.RefObject<HTMLDivElement | null>,
  source: WaveformSource | null,
  options: { onFinish?: () => void; autoplay?: boolean; colors: { wave: string; progress: string } },
): [WaveformState, WaveformControls] {
  const refs = useRef<AudioRefs>({
    surfer: null,
    context: null,
    gain: null,
    gainDb: 0,
    loadingKey: null,
    wantPlay: false,
  });
  const callbacks = useRef({ onFinish: options.onFinish, autoplay: options.autoplay });
  useEffect(() => {
    callbacks.current = { onFinish: options.onFinish, autoplay: options.autoplay };
  });
  const [state, setState] = useState<WaveformState & { key?: string }>({
    ready: false,
    playing: false,
    time: 0,
    duration: 0,
    error: null,
  });
  const { wave, progress } = options.colors;
  // The colours at creation; later ones are applied by setOptions (the effect after this one).
  const initialColors = useRef({ wave, progress });

  // Created once per container: a theme switch recolours it in place (below) and keeps the clip loaded.
  useEffect(() => {
    if (!container.current) return;
    const audio = refs.current;
    const media = new Audio();
    const instance = WaveSurfer.create({
      container: container.current,
      media,
      height: 96,
      waveColor: initialColors.current.wave,
      progressColor: initialColors.current.progress,
      cursorColor: initialColors.current.progress,
      barWidth: 2,
      barGap: 1,
      barRadius: 2,
      normalize: true,
      dragToSeek: true,
    });
    audio.surfer = instance;
    const unsubscribers = [
      instance.on('ready', (duration) => setState((s) => ({ ...s, ready: true, duration, error: null }))),
      instance.on('play', () => setState((s) => ({ ...s, playing: true }))),
      instance.on('pause', () => setState((s) => ({ ...s, playing: false }))),
      instance.on('timeupdate', (time) => setState((s) => ({ ...s, time }))),
      instance.on('finish', () => callbacks.current.onFinish?.()),
      instance.on('error', (error) => setState((s) => ({ ...s, error: error.message }))),
    ];
    return () => {
      unsubscribers.forEach((off) => off());
      // The media element is ours, not wavesurfer's: stop it, or it keeps playing after the player is gone.
      media.pause();
      media.removeAttribute('src');
      media.load();
      instance.destroy();
      void audio.context?.close();
      Object.assign(audio, { surfer: null, context: null, gain: null, loadingKey: null, wantPlay: false });
    };
  }, [container]);

  useEffect(() => {
    refs.current.surfer?.setOptions({ waveColor: wave, progressColor: progress, cursorColor: progress });
  }, [wave, progress]);

  const key = source?.key;
  useEffect(() => {
    const audio = refs.current;
    const instance = audio.surfer;
    if (!instance || !source) return;
    audio.gainDb = source.gainDb;
    if (audio.gain) audio.gain.gain.value = 10 ** (source.gainDb / 20);
    const peaks = source.peaks ? [peaksToChannel(source.peaks)] : undefined;
    const duration = source.durationMs / 1000 || undefined;
    const load = source.blob ? instance.loadBlob(source.blob, peaks, duration) : instance.load('', peaks, duration);
    audio.loadingKey = source.key;
    audio.wantPlay = false;
    load
      .then(() => {
        if (audio.surfer !== instance || audio.loadingKey !== source.key) return;
        audio.loadingKey = null;
        if ((callbacks.current.autoplay || audio.wantPlay) && source.blob) void startPlayback(audio);
        audio.wantPlay = false;
      })
      .catch((error: unknown) => {
        if (audio.loadingKey === source.key) audio.loadingKey = null;
        if ((error as Error).name !== 'AbortError') setState((s) => ({ ...s, error: (error as Error).message }));
      });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reload only when the clip (its key) changes
  }, [key]);

  // A new clip starts unplayed at 0 s; derived here instead of resetting state inside the effect.
  const current: WaveformState =
    state.key === key
      ? state
      : { ready: false, playing: false, time: 0, duration: (source?.durationMs ?? 0) / 1000, error: null };
  if (state.key !== key) setState({ ...current, key });

  const controls: WaveformControls = {
    playPause: () => {
      const surfer = refs.current.surfer;
      if (surfer?.isPlaying()) surfer.pause();
      else if (refs.current.loadingKey !== null) refs.current.wantPlay = !refs.current.wantPlay;
      else void startPlayback(refs.current);
    },
    play: () => requestPlayback(refs.current),
    pause: () => {
      refs.current.wantPlay = false;
      refs.current.surfer?.pause();
    },
    seekBy: (seconds) => {
      const surfer = refs.current.surfer;
      if (surfer) surfer.setTime(Math.max(0, Math.min(surfer.getDuration(), surfer.getCurrentTime() + seconds)));
    },
    seekTo: (seconds) => refs.current.surfer?.setTime(seconds),
    setRate: (rate) => refs.current.surfer?.setPlaybackRate(rate, true),
  };
  return [current, controls];
}
