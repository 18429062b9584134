// The pure URL and path checks of the Electron shell, free of any `electron` import so they can be unit
// tested in Node: which URLs the renderer may load, which frames count as the app, and the path-traversal
// guard of the app:// protocol. security.ts and protocol.ts re-export them.

import path from 'node:path';
import { APP_ORIGIN, APP_SCHEME } from '../shared/ipc';

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

/** Resolves a URL path inside root, or null when it would escape it (`..`, encoded slashes, NUL). */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const resolved = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  const rootWithSep = root.endsWith(path.sep) ? root : root + path.sep;
  return resolved === root || resolved.startsWith(rootWithSep) ? resolved : null;
}
