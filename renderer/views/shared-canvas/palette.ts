// Colours for canvas drawing, read from the theme's CSS variables at draw time (canvas cannot use var()),
// so switching to dark mode or a high-contrast theme recolours the views on the next frame.

import { CATEGORIES } from '../../../shared/model';

export interface Palette {
  bg: string;
  surface: string;
  surface2: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  danger: string;
  warning: string;
  focus: string;
  /** Indexed like CATEGORIES. */
  categories: string[];
  /** False while the theme's variables are not there yet (the fallback colours were used). */
  fromTheme: boolean;
}

// Used only until theme.css defines the variables (and in isolated component tests).
const FALLBACK: Omit<Palette, 'categories' | 'fromTheme'> & { categories: Record<string, string> } = {
  bg: '#ffffff',
  surface: '#ffffff',
  surface2: '#f3f4f6',
  text: '#1f2328',
  muted: '#656d76',
  border: '#d0d7de',
  accent: '#0969da',
  danger: '#cf222e',
  warning: '#9a6700',
  focus: '#0969da',
  categories: {
    media: '#8250df',
    weather: '#0a7ea4',
    alarms: '#bf8700',
    smarthome: '#1a7f37',
    shopping: '#bc4c00',
    calendar: '#0550ae',
    communication: '#a40e70',
    news: '#57606a',
    knowledge: '#116329',
    chitchat: '#d4a72c',
    unclear: '#8c959f',
  },
};

export function readPalette(el: Element): Palette {
  const style = getComputedStyle(el);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    bg: read('--bg', FALLBACK.bg),
    surface: read('--surface', FALLBACK.surface),
    surface2: read('--surface-2', FALLBACK.surface2),
    text: read('--text', FALLBACK.text),
    muted: read('--text-muted', FALLBACK.muted),
    border: read('--border', FALLBACK.border),
    accent: read('--accent', FALLBACK.accent),
    danger: read('--danger', FALLBACK.danger),
    warning: read('--warning', FALLBACK.warning),
    focus: read('--focus', FALLBACK.focus),
    categories: CATEGORIES.map((c) => read(`--cat-${c}`, FALLBACK.categories[c]!)),
    fromTheme: style.getPropertyValue('--surface').trim() !== '',
  };
}
