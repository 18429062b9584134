// The waveform's colours, read from the theme's CSS variables. The theme is an attribute on <html> that the
// preferences set after React renders, so reading the variables during render would see the old theme: this
// subscribes to the attribute itself and reads them once it has changed.

import { useMemo, useSyncExternalStore } from 'react';

export interface WaveColors {
  wave: string;
  progress: string;
}

function cssColor(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

const subscribe = (onChange: () => void) => {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
  return () => observer.disconnect();
};

/** A string snapshot: useSyncExternalStore compares snapshots by value. */
const snapshot = () => `${cssColor('--text-muted', '#888')}\n${cssColor('--accent', '#2f5bd3')}`;

export function useThemeColors(): WaveColors {
  const key = useSyncExternalStore(subscribe, snapshot);
  return useMemo(() => {
    const [wave = '#888', progress = '#2f5bd3'] = key.split('\n');
    return { wave, progress };
  }, [key]);
}
