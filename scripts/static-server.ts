// A tiny static file server for the built renderer, used by `npm run web` and the end-to-end tests.
// Hand-written (node:http) because it needs nothing but path-guarded file reads and our headers: the CSP of
// renderer/index.html (read from the built page, so the two never differ) plus `frame-ancestors 'none'` and
// X-Frame-Options, which a <meta> tag cannot carry. A malformed request is answered 400, never a crash.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
};

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** The app's one policy as a header (with `frame-ancestors 'none'`, which only works as a header). */
export function headerPolicy(): string {
  return CONTENT_SECURITY_POLICY;
}

/** Where a request goes: a file inside root, or the status to answer (400 malformed, 403 outside root). */
export function resolveRequest(rawUrl: string | undefined, root: string): { file: string } | { status: 400 | 403 } {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(rawUrl ?? '/', 'http://127.0.0.1').pathname);
  } catch {
    return { status: 400 };
  }
  if (pathname.includes('\0')) return { status: 400 };
  const relative = pathname === '/' ? '/index.html' : pathname;
  const file = path.resolve(root, `.${path.posix.normalize(relative)}`);
  return file.startsWith(root + path.sep) ? { file } : { status: 403 };
}

export async function serveRenderer({ port = 0, root = path.resolve('dist/renderer') } = {}): Promise<RunningServer> {
  const policy = headerPolicy();
  const common = {
    'content-security-policy': policy,
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  };
  const server = createServer(async (req, res) => {
    try {
      const target = resolveRequest(req.url, root);
      if ('status' in target) {
        res.writeHead(target.status, common).end(target.status === 400 ? 'Bad request' : 'Forbidden');
        return;
      }
      const info = await stat(target.file).catch(() => undefined);
      if (!info?.isFile()) {
        res.writeHead(404, common).end('Not found');
        return;
      }
      res.writeHead(200, {
        ...common,
        'content-type': MIME[path.extname(target.file)] ?? 'application/octet-stream',
        'content-length': info.size,
      });
      createReadStream(target.file)
        .on('error', () => res.destroy())
        .pipe(res);
    } catch {
      if (!res.headersSent) res.writeHead(500, common);
      res.end();
    }
  });
  // A broken request line (not even a URL) is answered by Node itself; never let it take the server down.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
