// Localised weekday and hour labels for the heatmaps (Monday first, as in de-DE and en-GB).

const cache = new Map<string, string[]>();

/** Short weekday names, index 0 = Monday. */
export function weekdayNames(language: 'de' | 'en', width: 'short' | 'long' = 'short'): string[] {
  const key = `${language}|${width}`;
  let names = cache.get(key);
  if (!names) {
    const format = new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', { weekday: width, timeZone: 'UTC' });
    // 2024-01-01 was a Monday.
    names = Array.from({ length: 7 }, (_, i) => format.format(Date.UTC(2024, 0, 1 + i)));
    cache.set(key, names);
  }
  return names;
}

export const hourLabel = (hour: number): string => `${String(hour % 24).padStart(2, '0')}:00`;
