// The one Content-Security-Policy of Earshot. Electron sends it as a header with every app:// response
// (electron/protocol.ts); the web build writes it into renderer/index.html's meta tag (a Vite plugin in
// vite.config.ts), so the app and `npm run web` can never drift apart. Nothing may be loaded from anywhere
// but the app itself.

const DIRECTIVES = [
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
];

/** As a response header. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** As a meta tag: browsers ignore (and warn about) frame-ancestors there, so it is left out. */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');

/** The placeholder in renderer/index.html that the build replaces. */
export const CSP_PLACEHOLDER = '__EARSHOT_CSP__';

export function injectCsp(html: string): string {
  if (!html.includes(CSP_PLACEHOLDER)) throw new Error(`index.html has no ${CSP_PLACEHOLDER} placeholder`);
  return html.replaceAll(CSP_PLACEHOLDER, META_CONTENT_SECURITY_POLICY);
}
