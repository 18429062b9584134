// @vitest-environment happy-dom
// useWaveform owns the one wavesurfer instance: a theme switch recolours it in place (the same instance,
// the clip still loaded), and unmounting stops its audio.
import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WaveSurfer from 'wavesurfer.js';
import { useWaveform, type WaveformControls, type WaveformSource } from '../../../../renderer/player/useWaveform';

const source: WaveformSource = {
  key: 'clip-1',
  blob: null,
  peaks: Int8Array.from({ length: 200 }, (_, i) => (i % 2 ? 100 : -100)),
  durationMs: 2500,
  gainDb: 0,
};

function Player({ colors, clip }: { colors: { wave: string; progress: string }; clip: WaveformSource | null }) {
  const container = useRef<HTMLDivElement>(null);
  const [state] = useWaveform(container, clip, { colors });
  return (
    <div>
      <div ref={container} data-testid="waveform" />
      <span data-testid="duration">{state.duration}</span>
    </div>
  );
}

function Controlled({ clip, onControls }: { clip: WaveformSource; onControls: (c: WaveformControls) => void }) {
  const container = useRef<HTMLDivElement>(null);
  const [, controls] = useWaveform(container, clip, { colors: { wave: '#888888', progress: '#2f5bd3' } });
  onControls(controls);
  return <div ref={container} />;
}

/** The Web Audio graph the hook builds on the first play (happy-dom has none). */
class FakeAudioContext {
  createGain() {
    return { gain: { value: 1 }, connect: (next: unknown) => next };
  }
  createMediaElementSource() {
    return { connect: (next: unknown) => next };
  }
  resume() {
    return Promise.resolve();
  }
  close() {
    return Promise.resolve();
  }
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('useWaveform', () => {
  it('keeps one wavesurfer across theme switches and stops the audio on unmount', async () => {
    const paused = vi.spyOn(HTMLMediaElement.prototype, 'pause');
    const view = render(<Player colors={{ wave: '#888888', progress: '#2f5bd3' }} clip={source} />);
    await act(async () => {});
    const waveform = view.getByTestId('waveform');
    const host = waveform.firstElementChild;
    expect(host).not.toBeNull();

    view.rerender(<Player colors={{ wave: '#9aa4b0', progress: '#7aa2ff' }} clip={source} />);
    await act(async () => {});
    view.rerender(<Player colors={{ wave: '#888888', progress: '#2f5bd3' }} clip={source} />);
    await act(async () => {});
    expect(waveform.children).toHaveLength(1);
    expect(waveform.firstElementChild).toBe(host);
    expect(view.getByTestId('duration').textContent).toBe('2.5');

    paused.mockClear();
    view.unmount();
    expect(paused).toHaveBeenCalled();
  });

  it('plays a clip whose Play was pressed before wavesurfer had loaded it', async () => {
    vi.stubGlobal('AudioContext', FakeAudioContext);
    let finishLoad: () => void = () => {};
    vi.spyOn(WaveSurfer.prototype, 'loadBlob').mockImplementation(
      () => new Promise<void>((resolve) => (finishLoad = resolve)),
    );
    const played = vi.spyOn(WaveSurfer.prototype, 'play').mockResolvedValue(undefined);
    let controls: WaveformControls | undefined;
    const clip = { ...source, key: 'clip-2', blob: new Blob([new Uint8Array(64)], { type: 'audio/wav' }) };
    render(<Controlled clip={clip} onControls={(c) => (controls = c)} />);
    await act(async () => {});

    act(() => controls!.playPause());
    await act(async () => {});
    expect(played).not.toHaveBeenCalled();

    await act(async () => finishLoad());
    expect(played).toHaveBeenCalledTimes(1);
  });
});
