// A linear HTML tag scanner for Google's legacy My Activity pages. Regexes over hostile markup can
// backtrack into quadratic time (docs/reliability.md, "Bounded work"); this scanner moves forward only, so
// every character is looked at a bounded number of times, and it counts what it looked at (`visited`) so a
// test can prove linear work without a clock. No DOM: it runs in the import worker and in Node.
// Script, style, iframe, object and template contents and comments are skipped, never emitted.

export type HtmlToken =
  | { type: 'open'; name: string; attrs: Readonly<Record<string, string>> }
  | { type: 'close'; name: string }
  | { type: 'text'; start: number; end: number };

export interface ScanStats {
  /** Characters examined, counted at every step; a linear scanner keeps this at a small multiple of the input. */
  visited: number;
}

/** Elements whose content is dropped unread (an unterminated one drops the rest of the page). */
const RAW = new Set(['script', 'style', 'iframe', 'object', 'template']);
/** Only these attributes are kept: they are all the importer reads. */
const KEPT_ATTRS = new Set(['class', 'href', 'src']);
/** A value longer than this is no Takeout class or file link; it is cut (bounded memory per tag). */
const MAX_ATTR_VALUE = 16 * 1024;

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
/**
 * Tag and attribute names end at whitespace, `/`, `>` and `=`, as in the HTML tokenizer — and, unlike it, at
 * `<`: an unquoted `<` ends the tag, so `<a<script>` or `<x <script>` can never hide a script's start.
 */
const endsName = (c: number) => isSpace(c) || c === 47 || c === 62 || c === 61 || c === 60;

export function scanHtml(html: string, emit: (token: HtmlToken) => void, stats: ScanStats = { visited: 0 }): void {
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    stats.visited += textEnd - i;
    if (textEnd > i) emit({ type: 'text', start: i, end: textEnd });
    if (lt < 0) return;
    i = lt;
    const next = html.charCodeAt(i + 1);
    stats.visited++;
    if (html.startsWith('!--', i + 1)) {
      const close = html.indexOf('-->', i + 4);
      const stop = close < 0 ? n : close + 3;
      stats.visited += stop - i;
      i = stop;
      continue;
    }
    if (next === 33 || next === 63) {
      // <!DOCTYPE …>, <?xml …?>: declarations carry nothing the importer reads.
      const close = html.indexOf('>', i + 2);
      const stop = close < 0 ? n : close + 1;
      stats.visited += stop - i;
      i = stop;
      continue;
    }
    const closing = next === 47;
    let j = closing ? i + 2 : i + 1;
    if (!isAsciiLetter(html.charCodeAt(j))) {
      // A lone "<" (as in "a < b") is text.
      emit({ type: 'text', start: i, end: i + 1 });
      i += 1;
      continue;
    }
    const nameStart = j;
    while (j < n && !endsName(html.charCodeAt(j))) j++;
    stats.visited += j - i;
    const name = html.slice(nameStart, j).toLowerCase();
    const attrs: Record<string, string> = {};
    j = readAttributes(html, j, attrs, stats);
    i = j;
    if (closing) {
      emit({ type: 'close', name });
      continue;
    }
    if (RAW.has(name)) {
      i = skipRawText(html, i, name, stats);
      continue;
    }
    emit({ type: 'open', name, attrs });
  }
}

/** Reads attributes up to and including the tag's `>`; returns the index after it. Quotes may hold `>`. */
function readAttributes(html: string, from: number, attrs: Record<string, string>, stats: ScanStats): number {
  const n = html.length;
  let j = from;
  while (j < n) {
    const c = html.charCodeAt(j);
    stats.visited++;
    if (c === 62) return j + 1;
    if (c === 60) return j;
    if (isSpace(c) || c === 47) {
      j++;
      continue;
    }
    const nameStart = j;
    while (j < n && !endsName(html.charCodeAt(j))) j++;
    stats.visited += j - nameStart;
    // A stray "=" (no name before it) is stepped over like any other character.
    const attr = html.slice(nameStart, Math.max(j, nameStart + 1)).toLowerCase();
    if (j === nameStart) j++;
    while (j < n && isSpace(html.charCodeAt(j))) {
      j++;
      stats.visited++;
    }
    if (html.charCodeAt(j) !== 61) {
      if (KEPT_ATTRS.has(attr)) attrs[attr] = '';
      continue;
    }
    j++;
    while (j < n && isSpace(html.charCodeAt(j))) {
      j++;
      stats.visited++;
    }
    const quote = html.charCodeAt(j);
    let valueStart: number;
    let valueEnd: number;
    if (quote === 34 || quote === 39) {
      valueStart = j + 1;
      const close = html.indexOf(quote === 34 ? '"' : "'", valueStart);
      valueEnd = close < 0 ? n : close;
      j = close < 0 ? n : close + 1;
    } else {
      valueStart = j;
      while (j < n && !isSpace(html.charCodeAt(j)) && html.charCodeAt(j) !== 62 && html.charCodeAt(j) !== 60) j++;
      valueEnd = j;
    }
    stats.visited += j - valueStart + 1;
    if (KEPT_ATTRS.has(attr)) attrs[attr] = html.slice(valueStart, Math.min(valueEnd, valueStart + MAX_ATTR_VALUE));
  }
  return n;
}

/** Index after `</name…>`, or the end of the input. Case-insensitive; each `</` is examined once. */
function skipRawText(html: string, from: number, name: string, stats: ScanStats): number {
  const n = html.length;
  let k = from;
  while (k < n) {
    const p = html.indexOf('</', k);
    if (p < 0) break;
    stats.visited += p + 2 - k + name.length;
    const after = p + 2 + name.length;
    if (html.slice(p + 2, after).toLowerCase() === name && (after >= n || endsName(html.charCodeAt(after)))) {
      // The end tag ends at its `>` — or, as every tag here, at an unquoted `<`, which starts the next tag.
      let stop = after;
      while (stop < n && html.charCodeAt(stop) !== 62 && html.charCodeAt(stop) !== 60) stop++;
      stats.visited += stop - after + 1;
      return stop < n && html.charCodeAt(stop) === 62 ? stop + 1 : stop;
    }
    k = p + 2;
  }
  stats.visited += n - k;
  return n;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
/** Longest entity body looked at after `&` (`#x10FFFF` is 8); longer runs are plain text. */
const MAX_ENTITY = 12;

/** Decodes character references in one forward pass (`&amp;`, `&#39;`, `&#x1F600;`); unknown ones stay. */
export function decodeEntities(text: string, stats: ScanStats = { visited: 0 }): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const amp = text.indexOf('&', i);
    if (amp < 0) break;
    stats.visited += amp - i;
    out += text.slice(i, amp);
    const semi = text.indexOf(';', amp + 1);
    const body = semi > amp && semi - amp - 1 <= MAX_ENTITY ? text.slice(amp + 1, semi) : undefined;
    stats.visited += body === undefined ? 1 : body.length + 2;
    const decoded = body === undefined ? undefined : decodeEntity(body);
    if (decoded === undefined) {
      out += '&';
      i = amp + 1;
    } else {
      out += decoded;
      i = semi + 1;
    }
  }
  stats.visited += text.length - i;
  return out + text.slice(i);
}

function decodeEntity(body: string): string | undefined {
  if (body[0] === '#') {
    const hex = body[1] === 'x' || body[1] === 'X';
    const digits = body.slice(hex ? 2 : 1);
    if (!digits || !(hex ? /^[0-9a-f]+$/i : /^\d+$/).test(digits)) return undefined;
    const code = parseInt(digits, hex ? 16 : 10);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
  }
  if (!/^[a-z]+\d*$/i.test(body)) return undefined;
  return ENTITIES[body.toLowerCase()];
}
