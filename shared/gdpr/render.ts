// Prints a Letter: as plain text (letter.txt, e-mail body, mailto: handoff — Earshot never sends anything) and
// as a printable, self-contained HTML page (inline CSS, no external resources, every string escaped).

import { visibleText } from '../visible-text';
import { annexToText } from './annex';
import { escapeHtml, SELF_CONTAINED_CSP } from './escape';
import type { Block, Letter } from './letter';

export interface TextOptions {
  /** Hard-wrap paragraphs at this width (letters on paper); `false` for e-mail bodies, which clients reflow. */
  wrap?: number | false;
  /** Append the annex as text (default true). */
  includeAnnex?: boolean;
}

function wrapText(text: string, width: number | false, indent = ''): string {
  if (width === false) return indent + text;
  const lines: string[] = [];
  let line = '';
  // Placeholders like "[Ihr vollständiger Name]" stay on one line, so the user (and unfilledPlaceholders) sees them whole.
  for (const word of text.match(/\[[^\]\n]*\]\S*|\S+/g) ?? []) {
    if (line && (indent + line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

function blockText(block: Block, width: number | false): string {
  if (block.kind === 'list') {
    return block.items.map((item) => wrapText(item, width, '   ').replace(/^ {3}/, ' - ')).join('\n');
  }
  return wrapText(block.text, width);
}

/** Body only: salutation to enclosures. Used for e-mails, where sender and recipient are the envelope. */
export function renderLetterBody(letter: Letter, options: TextOptions = {}): string {
  const width = options.wrap ?? 78;
  const parts = [
    letter.salutation,
    ...letter.blocks.map((b) => blockText(b, width)),
    `${letter.closing}\n\n${letter.signature}`,
    ...(letter.enclosures.length ? [letter.enclosures.join('\n')] : []),
  ];
  let text = parts.join('\n\n');
  if (letter.annex && (options.includeAnnex ?? true)) {
    const { title, rows, timeZone } = letter.annex;
    text += `\n\n${'-'.repeat(40)}\n${title}\n\n${annexToText(rows, letter.lang, timeZone)}`;
  }
  return `${text}\n`;
}

export function renderLetterText(letter: Letter, options: TextOptions = {}): string {
  const recipient = [...letter.recipient, ...(letter.recipientEmail ? [letter.recipientEmail] : [])];
  const head = [letter.sender.join('\n'), recipient.join('\n'), letter.dateLine, letter.subject].join('\n\n');
  return visibleText(`${head}\n\n${renderLetterBody(letter, options)}`);
}

/** mailto: handoff. Long annexes do not fit a URL, so they are left out and the caller attaches the CSV. */
export function mailtoHref(letter: Letter, maxLength = 8000): { href: string; annexIncluded: boolean } {
  const build = (includeAnnex: boolean): string =>
    `mailto:${encodeURIComponent(letter.recipientEmail ?? '')}?subject=${encodeURIComponent(letter.subject)}&body=${encodeURIComponent(visibleText(renderLetterBody(letter, { wrap: false, includeAnnex })))}`;
  const full = build(true);
  if (!letter.annex || full.length <= maxLength) return { href: full, annexIncluded: !!letter.annex };
  return { href: build(false), annexIncluded: false };
}

const LETTER_CSS = `
:root { color-scheme: light dark; }
body { font: 11pt/1.45 Georgia, 'Times New Roman', serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; color: #111; background: #fff; }
.sender { font-size: 9.5pt; color: #444; }
.recipient { margin: 2rem 0 1.5rem; white-space: pre-line; }
.date { text-align: right; }
h1 { font-size: 11pt; font-weight: bold; margin: 1.5rem 0; }
ul { padding-left: 1.4rem; }
.signature { margin-top: 2.5rem; }
.annex { page-break-before: always; break-before: page; }
.annex h2 { font-size: 11pt; }
table { border-collapse: collapse; width: 100%; font: 7.5pt/1.3 system-ui, sans-serif; }
th, td { border: 1px solid #999; padding: 2px 4px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
table { table-layout: fixed; }
th:nth-child(1) { width: 4%; } th:nth-child(2) { width: 14%; } th:nth-child(3) { width: 16%; } th:nth-child(4) { width: 12%; }
th:nth-child(5) { width: 10%; } th:nth-child(6) { width: 24%; } th:nth-child(7) { width: 20%; }
td:nth-child(-n+5) { overflow-wrap: normal; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
@media (prefers-color-scheme: dark) { body { color: #eee; background: #161616; } .sender { color: #bbb; } th, td { border-color: #666; } }
@media print { body { margin: 0; max-width: none; color: #000; background: #fff; } @page { size: A4; margin: 2cm 2cm 2cm 2.5cm; } }
`;

function blockHtml(block: Block): string {
  if (block.kind === 'list') return `<ul>${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
  if (block.kind === 'heading') return `<h2>${escapeHtml(block.text)}</h2>`;
  return `<p>${escapeHtml(block.text)}</p>`;
}

export function renderLetterHtml(letter: Letter): string {
  const lines = (values: string[]): string => values.map(escapeHtml).join('<br>');
  const annex = letter.annex
    ? `<section class="annex"><h2>${escapeHtml(letter.annex.title)}</h2>${letter.annex.table.note ? `<p>${escapeHtml(letter.annex.table.note)}</p>` : ''}<table><thead><tr>${letter.annex.table.header
        .map((h) => `<th>${escapeHtml(h)}</th>`)
        .join('')}</tr></thead><tbody>${letter.annex.table.rows
        .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
        .join('\n')}</tbody></table></section>`
    : '';
  return `<!DOCTYPE html>
<html lang="${letter.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${SELF_CONTAINED_CSP}">
<title>${escapeHtml(letter.subject)}</title>
<style>${LETTER_CSS}</style>
</head>
<body>
<div class="sender">${lines(letter.sender)}</div>
<div class="recipient">${lines([...letter.recipient, ...(letter.recipientEmail ? [letter.recipientEmail] : [])])}</div>
<p class="date">${escapeHtml(letter.dateLine)}</p>
<h1>${escapeHtml(letter.subject)}</h1>
<p>${escapeHtml(letter.salutation)}</p>
${letter.blocks.map(blockHtml).join('\n')}
<p>${escapeHtml(letter.closing)}</p>
<p class="signature">${escapeHtml(letter.signature)}</p>
${letter.enclosures.length ? `<p>${lines(letter.enclosures)}</p>` : ''}
${annex}
</body>
</html>
`;
}
