// Entry names are untrusted: they are only ever display and lookup strings, never file-system paths. Still,
// a name that tries to escape ("../", "/etc", "C:\") marks a hostile archive, and the whole zip is refused.

import { ImportError } from '../importers/types';

const DRIVE_LETTER = /^[a-zA-Z]:/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Why a name is unsafe, or undefined when it is fine. Backslashes count as separators (Windows tools do). */
export function unsafeNameReason(name: string): string | undefined {
  if (name.length === 0) return 'an empty name';
  if (CONTROL.test(name)) return 'control characters';
  // Check both the raw name and the form importers use: ".\\/x" only becomes "/x" after normalising.
  const normalised = normaliseEntryName(name);
  if (normalised === '' || normalised === '/') return 'an empty name';
  for (const unified of [name.replace(/\\/g, '/'), normalised]) {
    if (unified.startsWith('/')) return 'an absolute path';
    if (DRIVE_LETTER.test(unified)) return 'a drive letter';
    if (unified.split('/').some((part) => part === '..')) return 'a "../" path';
  }
  return undefined;
}

/** NFC, `/`-separated, no leading "./": the form every importer matches against. */
export function normaliseEntryName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '');
}

export function assertSafeName(zipName: string, entryName: string): void {
  const reason = unsafeNameReason(entryName);
  if (reason) {
    throw new ImportError(
      'zip-unsafe-path',
      zipName,
      `"${zipName}" contains a file named "${entryName.slice(0, 120)}" with ${reason}. Archives like this can overwrite files elsewhere, so Earshot does not open it.`,
    );
  }
}

export function baseName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? path : path.slice(slash + 1);
}

export function dirName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

export function extension(path: string): string {
  const name = baseName(path);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}
