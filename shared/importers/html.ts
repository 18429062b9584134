// Text extraction from Google's legacy My Activity HTML with the linear scanner of ./html-scan (no regex
// runs over the page, so crafted markup cannot make the import quadratic). Scripts and styles are dropped
// unread; the result is plain text and is never put back into HTML.

import { decodeEntities, scanHtml, type ScanStats } from './html-scan';
import { ImportError } from './types';

export { decodeEntities } from './html-scan';

const BLOCK_ENDS = new Set(['div', 'p', 'li', 'tr']);
const PLAIN_NAME = /^[a-z][a-z0-9-]*$/;
const AUDIO_LINK = /\.(?:mp3|wav|ogg|opus)$/i;

/** Removes script/style/comment blocks, including unterminated ones (everything after them is dropped). */
export function stripActiveContent(html: string): string {
  let out = '';
  // Rebuild from what the scanner keeps: text as is, tags re-emitted with the attributes it read.
  scanHtml(html, (t) => {
    if (t.type === 'text') out += html.slice(t.start, t.end);
    // Only plain tag names are written back: `<script&x>` is no script, but must not look like one either.
    else if (!PLAIN_NAME.test(t.name)) return;
    else if (t.type === 'close') out += `</${t.name}>`;
    else
      out += `<${t.name}${Object.entries(t.attrs)
        .map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`)
        .join('')}>`;
  });
  return out;
}

/** Collapses spaces, trims lines and drops empty ones. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0\u202f]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Tag-free text; `<br>` and block ends become newlines. */
export function htmlToText(fragment: string, stats?: ScanStats): string {
  const parts: string[] = [];
  scanHtml(
    fragment,
    (t) => {
      if (t.type === 'text') parts.push(fragment.slice(t.start, t.end));
      else if ((t.type === 'open' && t.name === 'br') || (t.type === 'close' && BLOCK_ENDS.has(t.name)))
        parts.push('\n');
    },
    stats,
  );
  return tidy(decodeEntities(parts.join(''), stats));
}

export interface ActivityCell {
  /** Lines of the content cell: title, (link text), date. */
  lines: string[];
  /** href values in the cell (search links carry the transcript in `q=`). */
  links: string[];
  /** Audio file names referenced by the cell (`<audio src>`, `<source src>`, `<a href="….mp3">`). */
  audio: string[];
  /** Lines of the caption cell (Products, Details…). */
  caption: string[];
}

/** `content-cell … body-1` / `content-cell … caption`, in that order within the class attribute. */
function cellKind(cls: string): 'content' | 'caption' | undefined {
  const at = cls.indexOf('content-cell');
  if (at < 0) return undefined;
  if (cls.indexOf('body-1', at) >= 0) return 'content';
  if (cls.indexOf('caption', at) >= 0) return 'caption';
  return undefined;
}

const PART_BIT = { content: 1, caption: 2 } as const;

interface CellBuilder {
  content: string[];
  caption: string[];
  links: string[];
  audio: string[];
  /** Which part is being read, and how deep inside it nested divs are. */
  mode?: 'content' | 'caption';
  /** Parts already read (bit 1 content, bit 2 caption): a second one in the same cell is ignored. */
  done: number;
  depth: number;
}

/**
 * Splits a My Activity page into its `outer-cell` blocks. Throws when the page has none it can read.
 * `stats` counts the characters examined (tests prove linear work with it).
 */
export function parseActivityHtml(html: string, file: string, stats: ScanStats = { visited: 0 }): ActivityCell[] {
  const cells: CellBuilder[] = [];
  let cell: CellBuilder | undefined;
  scanHtml(
    html,
    (t) => {
      if (t.type === 'open' && t.name === 'div') {
        const cls = t.attrs.class ?? '';
        if (cls.includes('outer-cell')) {
          cell = { content: [], caption: [], links: [], audio: [], done: 0, depth: 0 };
          cells.push(cell);
          return;
        }
        if (!cell) return;
        const kind = cell.mode ? undefined : cellKind(cls);
        if (kind && !(cell.done & PART_BIT[kind])) {
          cell.mode = kind;
          cell.depth = 0;
          return;
        }
        if (cell.mode) cell.depth++;
        return;
      }
      if (!cell) return;
      if (t.type === 'open') {
        for (const value of [t.attrs.src, t.attrs.href])
          if (value && AUDIO_LINK.test(value)) cell.audio.push(decodeEntities(value, stats));
        if (cell.mode === 'content' && t.attrs.href !== undefined) cell.links.push(decodeEntities(t.attrs.href, stats));
        if (cell.mode && t.name === 'br') cell[cell.mode].push('\n');
      } else if (t.type === 'close') {
        if (!cell.mode) return;
        if (t.name === 'div' && cell.depth === 0) {
          cell.done |= PART_BIT[cell.mode];
          cell.mode = undefined;
          return;
        }
        if (t.name === 'div') cell.depth--;
        if (BLOCK_ENDS.has(t.name)) cell[cell.mode].push('\n');
      } else if (cell.mode) cell[cell.mode].push(html.slice(t.start, t.end));
    },
    stats,
  );
  if (!cells.length)
    throw new ImportError('html-malformed', file, `"${file}" is not a Google My Activity page Earshot can read.`);
  return cells.map((c) => ({
    lines: tidy(decodeEntities(c.content.join(''), stats))
      .split('\n')
      .filter(Boolean),
    links: c.links,
    audio: c.audio,
    caption: tidy(decodeEntities(c.caption.join(''), stats)).split('\n'),
  }));
}
