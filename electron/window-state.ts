// Remembers the main window's size, position and maximised state between runs (userData/window-state.json).

import { app, screen, type BrowserWindow, type Rectangle } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const stateSchema = z.object({
  x: z.number().optional(),
  y: z.number().optional(),
  width: z.number().min(400),
  height: z.number().min(300),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof stateSchema>;

const DEFAULT_STATE: WindowState = { width: 1280, height: 820, maximized: false };
const stateFile = () => path.join(app.getPath('userData'), 'window-state.json');

export function loadWindowState(): WindowState {
  try {
    const state = stateSchema.parse(JSON.parse(readFileSync(stateFile(), 'utf8')));
    return isVisibleOnSomeDisplay(state) ? state : { ...DEFAULT_STATE, maximized: state.maximized };
  } catch {
    return DEFAULT_STATE;
  }
}

function isVisibleOnSomeDisplay(state: WindowState): boolean {
  if (state.x === undefined || state.y === undefined) return true;
  const bounds: Rectangle = { x: state.x, y: state.y, width: state.width, height: state.height };
  return screen
    .getAllDisplays()
    .some(
      ({ workArea: a }) =>
        bounds.x < a.x + a.width && bounds.x + 100 > a.x && bounds.y >= a.y - 50 && bounds.y < a.y + a.height,
    );
}

export function trackWindowState(window: BrowserWindow): void {
  const save = () => {
    const bounds = window.getNormalBounds();
    const state: WindowState = { ...bounds, maximized: window.isMaximized() };
    try {
      writeFileSync(stateFile(), JSON.stringify(state));
    } catch {
      // Losing the window position is harmless; never crash on it.
    }
  };
  window.on('close', save);
}
