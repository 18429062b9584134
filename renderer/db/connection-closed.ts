// Deleting the whole library (and, in the desktop app, wiping the storage files) closes every connection to
// the database. A read in flight at that moment fails with one of these errors; it is not a fault of the
// library, and the version bump that ends the deletion reads everything again (docs/reliability.md,
// "Deletion"). Workers pass the error's name with its message so the UI thread can tell.

export function isConnectionClosed(error: unknown): boolean {
  const { name = '', message = '' } = (error ?? {}) as { name?: string; message?: string };
  if (name === 'DatabaseClosedError' || name === 'AbortError') return true;
  return /connection (is closing|was closed)|transaction was aborted/i.test(message);
}
