// The shell's pure guards: the app:// path-traversal check never yields a path outside the renderer
// folder (whatever the encoding), only app://, blob: and data: URLs may load, and only our own origin
// counts as the app for IPC.
import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAllowedRequestUrl, isAppUrl, resolveInside } from '../../../electron/url-guards';

const ROOT = path.resolve('/srv/earshot/renderer');
const inside = (p: string | null) => p === null || p === ROOT || p.startsWith(ROOT + path.sep);

describe('resolveInside', () => {
  it('serves ordinary files inside the root', () => {
    expect(resolveInside(ROOT, '/index.html')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveInside(ROOT, '/assets/app-1234.js')).toBe(path.join(ROOT, 'assets/app-1234.js'));
    expect(resolveInside(ROOT, '/assets/K%C3%BCche.svg')).toBe(path.join(ROOT, 'assets/Küche.svg'));
  });

  it.each([
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    '/assets/../../../etc/passwd',
    '/..%2f..%2f..%2fetc/shadow',
    '/../renderer-evil/x.js',
  ])('keeps %s inside the root', (url) => {
    const resolved = resolveInside(ROOT, url);
    expect(inside(resolved)).toBe(true);
    expect(resolved).not.toMatch(/^\/etc\//);
  });

  it.each(['/..\\..\\windows\\win.ini', '/assets%5C..%5C..%5Cx', '/index.html%00.png', '/a\0b', '/%E0%A4%A'])(
    'refuses %s outright',
    (url) => {
      expect(resolveInside(ROOT, url)).toBeNull();
    },
  );

  it('never resolves outside the root for any input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('..', '.', '%2e', '%2e%2e', '%2f', '/', 'a', '%00', '\\', '%5c', 'ü', '%'), {
          maxLength: 12,
        }),
        (parts) => inside(resolveInside(ROOT, `/${parts.join('')}`)),
      ),
      { seed: 10, numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => inside(resolveInside(ROOT, s))),
      { seed: 11, numRuns: 2000 },
    );
  });
});

describe('request and origin guards', () => {
  it('lets only app://, blob: and data: URLs (and devtools) load', () => {
    for (const url of ['app://earshot/index.html', 'blob:app://earshot/1234', 'data:image/png;base64,AAAA'])
      expect(isAllowedRequestUrl(url), url).toBe(true);
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:8080/',
      'ws://localhost/',
      'wss://evil.example/',
      'file:///etc/passwd',
      'ftp://x/',
      'javascript:alert(1)',
      'not a url',
      '',
    ])
      expect(isAllowedRequestUrl(url), url).toBe(false);
  });

  it('counts only our own app origin as the app', () => {
    expect(isAppUrl('app://earshot/index.html#/clips')).toBe(true);
    for (const url of [
      'app://earshot.evil.example/',
      'app://evil/earshot/',
      'app://earshot@evil/',
      'https://earshot/',
      'file:///app://earshot/',
      'about:blank',
      '',
    ])
      expect(isAppUrl(url), url).toBe(false);
  });
});
