// Turns anything an import can throw into one specific, user-facing failure (code + file + message).
// Disk-full shows up as QuotaExceededError, in Dexie sometimes wrapped as `error.inner`.

import { ImportError, type ImportErrorCode } from '../../shared/importers/types';

export interface Failure {
  code: ImportErrorCode | 'internal';
  file: string;
  message: string;
}

function isQuota(error: unknown): boolean {
  const named = (e: unknown) =>
    typeof e === 'object' && e !== null && 'name' in e && (e as { name: string }).name === 'QuotaExceededError';
  return (
    named(error) ||
    (typeof error === 'object' && error !== null && 'inner' in error && named((error as { inner: unknown }).inner))
  );
}

export function describeFailure(error: unknown): Failure {
  if (error instanceof ImportError) return { code: error.code, file: error.file, message: error.message };
  if (isQuota(error))
    return {
      code: 'quota',
      file: '',
      message:
        'The disk is full (or the storage quota is used up). Nothing was imported; free some space and try again.',
    };
  return { code: 'internal', file: '', message: error instanceof Error ? error.message : String(error) };
}
