// One Content-Security-Policy for the Electron shell and the web build: the built index.html carries the
// same policy main sends as a header (minus frame-ancestors, which a meta tag cannot set).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, injectCsp } from '../../../shared/csp';

const directives = (policy: string) => policy.split(';').map((d) => d.trim());

describe('Content-Security-Policy', () => {
  it('is the same in the app shell and in the web build', () => {
    // Main sends the shared constant (importing electron/ here would need Electron's binary).
    expect(readFileSync('electron/security.ts', 'utf8')).toContain(
      "export { CONTENT_SECURITY_POLICY } from '../shared/csp';",
    );
    const html = injectCsp(readFileSync('renderer/index.html', 'utf8'));
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    expect(directives(meta!)).toEqual(directives(CONTENT_SECURITY_POLICY).filter((d) => !d.startsWith('frame-')));
    expect(directives(CONTENT_SECURITY_POLICY)).toContain("default-src 'self'");
    expect(directives(CONTENT_SECURITY_POLICY)).toContain("frame-ancestors 'none'");
  });

  it('refuses to build an index.html that lost its placeholder', () => {
    expect(() => injectCsp('<html><head></head></html>')).toThrow(/placeholder/);
  });
});
