// The pure parts of the shell hardening: save-dialog names, mailto links, the folder walk of a folder
// pick (depth limit, unreadable subfolders), and the web server's answers and headers.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFolder, MAX_DEPTH } from '../../../electron/list-folder';
import { isMailtoUrl, safeFileName } from '../../../electron/url-guards';
import { headerPolicy, resolveRequest, serveRenderer } from '../../../scripts/static-server';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';

const dir = mkdtempSync(path.join(tmpdir(), 'earshot-shell-'));
afterAll(() => rmSync(dir, { recursive: true, force: true, maxRetries: 5 }));

describe('safeFileName', () => {
  it.each([
    ['../../etc/passwd', 'etc-passwd'],
    ['..\\..\\Windows\\win.ini', 'Windows-win.ini'],
    ['/abs/letter.pdf', 'abs-letter.pdf'],
    ['brief\u202Efdp.exe', 'brieffdp.exe'],
    ['a\u0000b\u0085c.txt', 'abc.txt'],
    ['CON.txt', 'earshot-export'],
    ['...', 'earshot-export'],
    ['Auskunft Amazon 2026-11-26.pdf', 'Auskunft Amazon 2026-11-26.pdf'],
  ])('%j → %j', (input, expected) => expect(safeFileName(input)).toBe(expected));
});

describe('isMailtoUrl', () => {
  it('accepts mailto links only', () => {
    expect(isMailtoUrl('mailto:datenschutz@amazon.de?subject=Auskunft&body=Hallo%20Welt')).toBe(true);
    for (const url of ['https://x.test', 'file:///etc/passwd', 'javascript:alert(1)', 'MAILTO', ' mailto:x', ''])
      expect(isMailtoUrl(url), url).toBe(false);
  });
});

describe('listFolder', () => {
  it('stops at the depth limit and names what it skipped', async () => {
    let deep = path.join(dir, 'deep');
    for (let i = 0; i <= MAX_DEPTH + 2; i++) deep = path.join(deep, 'd');
    mkdirSync(deep, { recursive: true });
    writeFileSync(path.join(deep, 'bottom.json'), '[]');
    writeFileSync(path.join(dir, 'deep', 'top.json'), '[]');
    const listing = await listFolder(path.join(dir, 'deep'));
    expect(listing.files.map((f) => path.basename(f))).toEqual(['top.json']);
    expect(listing.skipped).toHaveLength(1);
    expect(listing.skipped[0]!.reason).toMatch(/more than 64 levels/);
  });

  it('skips an unreadable subfolder and keeps the rest', async () => {
    const root = path.join(dir, 'mixed');
    mkdirSync(path.join(root, 'locked'), { recursive: true });
    mkdirSync(path.join(root, 'open'), { recursive: true });
    writeFileSync(path.join(root, 'open', 'a.json'), '[]');
    writeFileSync(path.join(root, 'b.json'), '[]');
    const { readdir } = await import('node:fs/promises');
    const listing = await listFolder(root, 1000, async (folder) => {
      if (folder.endsWith('locked')) throw Object.assign(new Error('denied'), { code: 'EACCES' });
      return readdir(folder, { withFileTypes: true });
    });
    expect(listing.files.map((f) => path.relative(root, f))).toEqual(['b.json', path.join('open', 'a.json')]);
    expect(listing.skipped).toEqual([{ path: path.join(root, 'locked'), reason: 'EACCES' }]);
  });
});

describe('web server', () => {
  it('sends the one app CSP with frame-ancestors, and refuses what it cannot read', () => {
    const policy = headerPolicy();
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy.endsWith("; frame-ancestors 'none'")).toBe(true);
    expect(resolveRequest('/%', dir)).toEqual({ status: 400 });
    expect(resolveRequest('/%00', dir)).toEqual({ status: 400 });
    // Encoded dot-segments are normalised away: the request stays inside the site.
    expect(resolveRequest('/..%2f..%2fetc/passwd', dir)).toEqual({ file: path.join(dir, 'etc', 'passwd') });
    expect(resolveRequest('/', dir)).toEqual({ file: path.join(dir, 'index.html') });
  });

  it('answers /% with 400 and keeps serving, with the headers on every answer', async () => {
    const root = path.join(dir, 'site');
    mkdirSync(root);
    writeFileSync(
      path.join(root, 'index.html'),
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; object-src 'none'" />`,
    );
    const server = await serveRenderer({ port: 0, root });
    const get = (p: string) =>
      new Promise<{ status: number; headers: Record<string, unknown> }>((resolve, reject) => {
        const req = request(`${server.url}${p.slice(1)}`, { method: 'GET', path: p }, (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
        });
        req.on('error', reject);
        req.end();
      });
    try {
      const bad = await get('/%');
      expect(bad.status).toBe(400);
      const ok = await get('/');
      expect(ok.status).toBe(200);
      expect(ok.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(ok.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(ok.headers['x-frame-options']).toBe('DENY');
      expect((await get('/missing.js')).headers['x-frame-options']).toBe('DENY');
    } finally {
      await server.close();
    }
  });
});
