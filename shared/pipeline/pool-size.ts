// How many analysis workers a pool starts: one per core the host reports, at least one, at most `max`. The
// app's pools (the import's analysis pool, the library worker's voice pool) keep the default: more workers
// than four only add IndexedDB contention. The CLI's threads write nothing and allow more.

export const APP_MAX_POOL = 4;

export function poolSize(cores: number | undefined, max = APP_MAX_POOL): number {
  return Math.max(1, Math.min(max, Math.floor(cores ?? 1)));
}
