// A span of days as people write it: "15.–28.09.2026", "28 Sept – 3 Oct 2026", one day alone when equal.

export function formatDateSpan(from: number, to: number, language: string, timeZone: string): string {
  const format = new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', {
    timeZone,
    day: language === 'de' ? '2-digit' : 'numeric',
    month: language === 'de' ? '2-digit' : 'short',
    year: 'numeric',
  });
  return format.formatRange(from, to);
}
