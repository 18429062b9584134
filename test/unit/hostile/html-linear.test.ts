// The Takeout HTML scanner does linear work on adversarial markup: it counts every character it examines,
// and for inputs that made the former regexes quadratic the count stays a small multiple of the input
// length and doubles when the input doubles. Deterministic — no clock is read.
import { describe, expect, it } from 'vitest';
import { parseActivityHtml, htmlToText } from '../../../shared/importers/html';
import { ADVERSARIAL_HTML } from '../../hostile/adversarial-html';

function visits(html: string): number {
  const stats = { visited: 0 };
  try {
    parseActivityHtml(html, 'a.html', stats);
  } catch {
    // html-malformed is a fine outcome; the work done until then is what counts.
  }
  htmlToText(html, stats);
  return stats.visited;
}

describe('HTML scanner work', () => {
  for (const [name, build] of Object.entries(ADVERSARIAL_HTML)) {
    it(`is linear on ${name}`, () => {
      const sizes = [20_000, 40_000, 80_000, 160_000];
      const counts = sizes.map((n) => {
        const html = build(n);
        const visited = visits(html);
        // Two passes (cells, text) plus entity decoding: a few visits per character, never more.
        expect(visited, `${name} at ${html.length}`).toBeLessThanOrEqual(8 * html.length);
        return visited / html.length;
      });
      // Work per character does not grow with the input (a quadratic scanner doubles it at every step).
      expect(Math.max(...counts) / Math.min(...counts)).toBeLessThan(1.25);
    });
  }

  it('still reads a real page the same way', () => {
    const cell = (text: string) =>
      `<div class="outer-cell mdl-cell"><div class="content-cell mdl-typography--body-1">Said <a href="https://www.google.com/search?q=x&amp;y">${text}</a><br>Oct 22, 2026, 7:37:00 PM CEST<br><audio controls><source src="a&amp;b.mp3"></audio></div><div class="content-cell mdl-typography--caption"><b>Products:</b><br>&emsp;Assistant<br></div></div>`;
    const cells = parseActivityHtml(`<html><body>${cell('turn on the &amp; lights')}${cell('x')}</body></html>`, 'a');
    expect(cells).toHaveLength(2);
    expect(cells[0]).toEqual({
      lines: ['Said turn on the & lights', 'Oct 22, 2026, 7:37:00 PM CEST'],
      links: ['https://www.google.com/search?q=x&y'],
      audio: ['a&b.mp3'],
      caption: ['Products:', '&emsp;Assistant'],
    });
  });
});
