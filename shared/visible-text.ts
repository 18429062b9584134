// Imported text is untrusted: a file name or transcript can carry bidi overrides (U+202E turns
// "annex‮fdp.exe" into "annexexe.pdf" on screen) or C0/C1 control characters that reorder, hide or break
// what a letter, annex, report or CSV shows. This is the one place that removes them; the importers apply
// it to every imported string, and the writers (HTML escaping, CSV, annex lines) apply it again for text
// stored before it existed. Tabs and line breaks stay.

// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text without bidi controls and C0/C1 control characters (tab, LF and CR are kept). */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, '');
}
