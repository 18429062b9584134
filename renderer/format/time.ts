// Times in the household's zone (DST-correct through Intl) and in UTC, in the UI language.

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', { timeZone, ...options });
    cache.set(key, f);
  }
  return f;
}

export const formatDateTime = (ts: number, language: string, timeZone: string) =>
  formatter(language, timeZone, { dateStyle: 'medium', timeStyle: 'medium' }).format(ts);

export const formatTime = (ts: number, language: string, timeZone: string) =>
  formatter(language, timeZone, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(ts);

export const formatDay = (ts: number, language: string, timeZone: string) =>
  formatter(language, timeZone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(ts);

export const formatDate = (ts: number, language: string, timeZone: string) =>
  formatter(language, timeZone, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(ts);

export const formatUtc = (ts: number) => new Date(ts).toISOString().replace('.000Z', 'Z');
