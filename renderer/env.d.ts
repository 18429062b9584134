// Globals the renderer can rely on: the preload API (only inside Electron) and build-time constants.

import type { EarshotApi } from '../shared/ipc';

declare global {
  interface Window {
    /** Present only in the Electron app; the web build uses browser equivalents. */
    earshot?: EarshotApi;
  }
  const __APP_VERSION__: string;
}

export {};
