// Minimal text extraction from Google's legacy My Activity HTML. There is no DOMParser in a worker or in
// Node, and the markup is machine-written and regular, so a tolerant scanner is enough. Scripts and styles
// are dropped before anything is read; the result is plain text and is never put back into HTML.

import { ImportError } from './types';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Removes script/style/comment blocks, including unterminated ones (everything after them is dropped). */
export function stripActiveContent(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(/<(script|style|iframe|object|template)\b[\s\S]*?(<\/\1\s*>|$)/gi, '');
}

/** Tag-free text; `<br>` and block ends become newlines. */
export function htmlToText(fragment: string): string {
  return decodeEntities(
    stripActiveContent(fragment)
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(div|p|li|tr)>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  )
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0\u202f]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
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

/** Splits a My Activity page into its `outer-cell` blocks. Throws when the page has none it can read. */
export function parseActivityHtml(html: string, file: string): ActivityCell[] {
  const clean = stripActiveContent(html);
  const blocks = clean.split(/<div[^>]*class="[^"]*outer-cell[^"]*"[^>]*>/i).slice(1);
  if (!blocks.length)
    throw new ImportError('html-malformed', file, `"${file}" is not a Google My Activity page Earshot can read.`);
  return blocks.map((block) => {
    const content = /<div[^>]*class="[^"]*content-cell[^"]*body-1[^"]*"[^>]*>([\s\S]*?)<\/div>/i.exec(block)?.[1] ?? '';
    const caption =
      /<div[^>]*class="[^"]*content-cell[^"]*caption[^"]*"[^>]*>([\s\S]*?)<\/div>/i.exec(block)?.[1] ?? '';
    const links = [...content.matchAll(/href="([^"]*)"/gi)].map((m) => decodeEntities(m[1]!));
    const audio = [...block.matchAll(/(?:src|href)="([^"]+\.(?:mp3|wav|ogg|opus))"/gi)].map((m) =>
      decodeEntities(m[1]!),
    );
    return {
      lines: htmlToText(content).split('\n').filter(Boolean),
      links,
      audio,
      caption: htmlToText(caption).split('\n'),
    };
  });
}
