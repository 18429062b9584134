// Every hardening setting of the Electron shell in one place, applied before any window exists.
// Earshot needs no network, no permissions, no navigation and no extra windows: all are denied.

import { app, session, type Session, type WebContents } from 'electron';
import { isAllowedRequestUrl } from './url-guards';

/** Content-Security-Policy sent with every app:// response; its one home is shared/csp.ts. */
export { CONTENT_SECURITY_POLICY } from '../shared/csp';

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
