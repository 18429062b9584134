// Human durations for progress and players: "4 s", "2 min 05 s", "1 h 03 min".

export function formatDuration(ms: number, _language: string): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** Clip length: "3.2 s" / "3,2 s". */
export function formatClipLength(ms: number | undefined, language: string): string {
  if (!ms) return '—';
  return `${(ms / 1000).toLocaleString(language, { maximumFractionDigits: 1, minimumFractionDigits: 1 })} s`;
}
