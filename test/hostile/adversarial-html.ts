// Markup built to make a backtracking HTML reader quadratic: many openings that a regex would each scan
// to the end of the page for a closing part that never comes. Each builder returns about `size` characters.
// Used by the linear-work test, the hostile corpus and the bench.

const repeat = (unit: string, size: number) => unit.repeat(Math.max(1, Math.ceil(size / unit.length)));

export const ADVERSARIAL_HTML: Record<string, (size: number) => string> = {
  /** Content cells never closed: `content-cell…>([\s\S]*?)</div>` scanned the rest of the page for each. */
  'unclosed content cells': (size) =>
    repeat('<div class="outer-cell"><div class="content-cell mdl-typography--body-1">x', size),
  /** Tag openings without `>`: `<div[^>]*class=…` ran to the end from every `<div`. */
  'tags without an end': (size) => repeat('<div class="outer-cell ', size),
  /** `<script` openings never closed, each preceded by text. */
  'unclosed scripts': (size) => repeat('a<script b', size),
  /** Quotes never closed inside tags. */
  'unclosed quotes': (size) => repeat('<a href="x <b class="y ', size),
  /** Character references that never end. */
  'ampersand runs': (size) => repeat('&#x1&amp&a1b2', size),
  /** Comment openings never closed, and `</` that never names the raw element. */
  'comments and stray closings': (size) => `<style>${repeat('</styl </ <!-- ', size)}`,
};
