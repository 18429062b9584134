// Serves the built renderer from app://earshot/ (never file://) and the files the user picked in a
// native dialog from app://earshot/local-file/<token>. Paths from URLs are resolved and must stay inside
// the renderer folder; picked files are reachable only through tokens main handed out.

import { protocol } from 'electron';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { APP_HOST, APP_SCHEME } from '../shared/ipc';
import { CONTENT_SECURITY_POLICY } from './security';
import { resolveInside } from './url-guards';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

const pickedFiles = new Map<string, string>();

/** Registers a file the user picked in a native dialog; the renderer gets only the token. */
export function registerPickedFile(absolutePath: string): string {
  const token = crypto.randomUUID();
  pickedFiles.set(token, absolutePath);
  return token;
}

/** Revokes tokens (the renderer read their bytes); returns how many were still valid. */
export function releasePickedFiles(tokens: readonly string[]): number {
  let released = 0;
  for (const token of tokens) if (pickedFiles.delete(token)) released++;
  return released;
}

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

export { resolveInside, parseRange } from './url-guards';
import { parseRange } from './url-guards';

export function handleAppScheme(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    if (url.pathname.startsWith('/local-file/')) {
      const file = pickedFiles.get(url.pathname.slice('/local-file/'.length));
      if (!file) return new Response('Not found', { status: 404 });
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) return new Response('Not found', { status: 404 });
      // The import worker reads picked files lazily, a range at a time (renderer/import/range-blob.ts).
      const range = parseRange(request.headers.get('range'), info.size);
      if (range === 'invalid')
        return new Response('Range not satisfiable', {
          status: 416,
          headers: { 'content-range': `bytes */${info.size}` },
        });
      const { start, end } = range ?? { start: 0, end: info.size - 1 };
      const body = Readable.toWeb(createReadStream(file, { start, end })) as ReadableStream<Uint8Array>;
      return new Response(info.size ? body : null, {
        status: range ? 206 : 200,
        // Same origin as the UI, so never executable: octet-stream + nosniff stops it being run as script.
        headers: {
          'content-length': String(info.size ? end - start + 1 : 0),
          ...(range ? { 'content-range': `bytes ${start}-${end}/${info.size}` } : {}),
          'accept-ranges': 'bytes',
          'content-type': 'application/octet-stream',
          'x-content-type-options': 'nosniff',
        },
      });
    }
    const file = resolveInside(rendererRoot, url.pathname === '/' ? 'index.html' : url.pathname);
    if (!file) return new Response('Forbidden', { status: 403 });
    try {
      const info = await stat(file);
      if (!info.isFile()) return new Response('Not found', { status: 404 });
      const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
      return new Response(body, {
        headers: {
          'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
