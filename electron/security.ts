// Every hardening setting of the Electron shell in one place, applied before any window exists.
// Earshot needs no network, no permissions, no navigation and no extra windows: all are denied.

import { app, session, type Session, type WebContents } from 'electron';
import { isAllowedRequestUrl } from './url-guards';

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

export { isAllowedRequestUrl, isAppUrl } from './url-guards';

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
