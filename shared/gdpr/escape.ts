// HTML escaping for every string Earshot prints into a letter or report: transcripts, device names and
// user input are untrusted, so nothing reaches markup unescaped.

import { visibleText } from '../visible-text';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string | number): string {
  return visibleText(String(value)).replace(/[&<>"']/g, (ch) => entities[ch]!);
}

/** A Content-Security-Policy for saved pages: no scripts, no network, only inline styles and data: images. */
export const SELF_CONTAINED_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
