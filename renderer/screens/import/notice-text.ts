// An import notice in the user's language: the translation of its code with the importer's values; the English
// text the importer wrote for notices without a code (or a code this version has no text for).

import type { TFunction } from 'i18next';
import type { ImportWarning } from '../../../shared/model';

export function noticeText(
  warning: ImportWarning,
  t: TFunction,
  exists: (key: string, options?: Record<string, unknown>) => boolean,
): string {
  if (!warning.code) return warning.message;
  const key = `importNotices.${warning.code}`;
  const params = { ...warning.params };
  return exists(key, params) ? String(t(key, params)) : warning.message;
}

/** The last segment of a path inside an export (the full path is shown on hover). */
export function shortName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? path : path.slice(slash + 1);
}
