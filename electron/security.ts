// Every hardening setting of the Electron shell in one place, applied before any window exists.
// Earshot needs no network, no permissions, no navigation and no extra windows: all are denied.

import { app, session, type Session, type WebContents } from 'electron';
import { APP_ORIGIN, APP_SCHEME } from '../shared/ipc';

/** Content-Security-Policy sent with every app:// response (the HTML also carries it as a meta tag). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'", // wasm: the MP3 decoder used when importing Google audio
  "style-src 'self' 'unsafe-inline'", // React style attributes (canvas sizes, colours)
  "img-src 'self' blob: data:",
  "media-src 'self' blob:",
  "connect-src 'self' blob:",
  "worker-src 'self' blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Schemes the renderer may load at all; everything else (http, https, ws, wss, ftp, file…) is cancelled. */
const ALLOWED_SCHEMES = new Set([`${APP_SCHEME}:`, 'blob:', 'data:', 'devtools:', 'chrome-extension:']);

export function isAllowedRequestUrl(url: string): boolean {
  try {
    return ALLOWED_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** True only for our own app:// origin, parsed (never a prefix test). */
export function isAppUrl(url: string): boolean {
  try {
    return new URL(url).origin === APP_ORIGIN || new URL(url).href.startsWith(`${APP_ORIGIN}/`);
  } catch {
    return false;
  }
}

export function hardenSession(ses: Session = session.defaultSession): void {
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
  // The app needs no camera, microphone, notifications, geolocation, clipboard-read, HID…
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.on('will-download', (event) => event.preventDefault());
}

export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function hardenApp(): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
