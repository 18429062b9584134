// The single owner of Earshot's one wavesurfer.js instance: created on mount, destroyed on unmount,
// fed with the stored peaks and the audio Blob (no decoding for drawing). Playback runs through a
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

export function useWaveform(
  container: React.RefObject<HTMLDivElement | null>,
  source: WaveformSource | null,
  options: { onFinish?: () => void; autoplay?: boolean; colors: { wave: string; progress: string } },
): [WaveformState, WaveformControls] {
  const surfer = useRef<WaveSurfer | null>(null);
  const gain = useRef<GainNode | null>(null);
  const audioContext = useRef<AudioContext | null>(null);
  const onFinish = useRef(options.onFinish);
  onFinish.current = options.onFinish;
  const autoplay = useRef(options.autoplay);
  autoplay.current = options.autoplay;
  const [state, setState] = useState<WaveformState>({ ready: false, playing: false, time: 0, duration: 0, error: null });
  const { wave, progress } = options.colors;

  useEffect(() => {
    if (!container.current) return;
    const media = new Audio();
    const instance = WaveSurfer.create({
      container: container.current,
      media,
      height: 96,
      waveColor: wave,
      progressColor: progress,
      cursorColor: progress,
      barWidth: 2,
      barGap: 1,
      barRadius: 2,
      normalize: true,
      dragToSeek: true,
    });
    surfer.current = instance;
    const unsubscribers = [
      instance.on('ready', (duration) => setState((s) => ({ ...s, ready: true, duration, error: null }))),
      instance.on('play', () => setState((s) => ({ ...s, playing: true }))),
      instance.on('pause', () => setState((s) => ({ ...s, playing: false }))),
      instance.on('timeupdate', (time) => setState((s) => ({ ...s, time }))),
      instance.on('finish', () => onFinish.current?.()),
      instance.on('error', (error) => setState((s) => ({ ...s, error: error.message }))),
    ];
    return () => {
      unsubscribers.forEach((off) => off());
      instance.destroy();
      surfer.current = null;
      void audioContext.current?.close();
      audioContext.current = null;
      gain.current = null;
    };
  }, [container, wave, progress]);

  const key = source?.key;
  useEffect(() => {
    const instance = surfer.current;
    if (!instance || !source) return;
    setState({ ready: false, playing: false, time: 0, duration: source.durationMs / 1000, error: null });
    const peaks = source.peaks ? [peaksToChannel(source.peaks)] : undefined;
    const duration = source.durationMs / 1000 || undefined;
    if (gain.current) gain.current.gain.value = 10 ** (source.gainDb / 20);
    const load = source.blob ? instance.loadBlob(source.blob, peaks, duration) : instance.load('', peaks, duration);
    load
      .then(() => {
        if (autoplay.current && source.blob) void startPlayback();
      })
      .catch((error: unknown) => {
        if ((error as Error).name !== 'AbortError') setState((s) => ({ ...s, error: (error as Error).message }));
      });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reload only when the clip (its key) changes
  }, [key]);

  /** Lazily routes the media element through a gain node (needs a user gesture in browsers). */
  const ensureGain = () => {
    const media = surfer.current?.getMediaElement();
    if (!media || gain.current) return;
    const context = new AudioContext();
    const node = context.createGain();
    context.createMediaElementSource(media).connect(node).connect(context.destination);
    audioContext.current = context;
    gain.current = node;
    node.gain.value = 10 ** ((source?.gainDb ?? 0) / 20);
  };
  const startPlayback = async () => {
    ensureGain();
    await audioContext.current?.resume();
    await surfer.current?.play();
  };

  const controls: WaveformControls = {
    playPause: () => {
      if (surfer.current?.isPlaying()) surfer.current.pause();
      else void startPlayback();
    },
    play: () => void startPlayback(),
    pause: () => surfer.current?.pause(),
    seekBy: (seconds) => {
      const s = surfer.current;
      if (s) s.setTime(Math.max(0, Math.min(s.getDuration(), s.getCurrentTime() + seconds)));
    },
    seekTo: (seconds) => surfer.current?.setTime(seconds),
    setRate: (rate) => surfer.current?.setPlaybackRate(rate, true),
  };
  return [state, controls];
}
