// <input type="date"> speaks local calendar days; filters speak epoch ms. Converts in the household zone.

export function toLocalDateInput(ts: number | undefined, timeZone: string): string {
  if (ts === undefined) return '';
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(ts);
  return parts; // en-CA formats as YYYY-MM-DD
}

/** Epoch ms of local midnight of `value` (YYYY-MM-DD) in the zone, DST-correct. */
export function fromLocalDateInput(value: string, timeZone: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const utcGuess = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Shift by the zone's offset at that moment, then correct once more across a DST change.
  let ts = utcGuess - offsetMs(utcGuess, timeZone);
  ts = utcGuess - offsetMs(ts, timeZone);
  return ts;
}

function offsetMs(ts: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(ts);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(ts / 1000) * 1000;
}
