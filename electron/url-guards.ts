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

/**
 * A default name for the save dialog: one file name, never a path. Separators become "-", `..` and leading
 * dots go, control and bidi characters go, Windows-reserved names and trailing dots/spaces are avoided.
 */
export function safeFileName(name: string, fallback = 'earshot-export'): string {
  const cleaned = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
    .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[/\\:*?"<>|]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[.\s-]+/, '')
    .replace(/[.\s]+$/, '')
    .slice(0, 150);
  const stem = cleaned.split('.')[0]!.toUpperCase();
  if (!cleaned || /^(CON|PRN|AUX|NUL|COM\d|LPT\d)$/.test(stem)) return fallback;
  return cleaned;
}

/** A `mailto:` URL and nothing else (parsed, not prefix-tested), so the OS is only ever asked to write mail. */
export function isMailtoUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    // Line breaks (%0D%0A) are expected in a letter's body; the mail program gets them as text.
    return url.startsWith('mailto:') && parsed.protocol === 'mailto:';
  } catch {
    return false;
  }
}

/**
 * One `bytes=a-b` range (the only form the import worker sends; `a-` and `-n` are accepted too) within a file
 * of `size` bytes: undefined when there is no header, 'invalid' when it cannot be served.
 */
export function parseRange(
  header: string | null,
  size: number,
): { start: number; end: number } | 'invalid' | undefined {
  if (!header) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (!match[1] && !match[2])) return 'invalid';
  let start: number;
  let end: number;
  if (!match[1]) {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] ? Math.min(Number(match[2]), size - 1) : size - 1;
  }
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start > end || start >= size) return 'invalid';
  return { start, end };
}
