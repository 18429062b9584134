import { describe, expect, it } from 'vitest';
import { ZoneClock } from '../../../shared/time/zones';
import {
  TICK_STEPS,
  chooseStep,
  generateTicks,
  tickLabel,
  type TickStep,
} from '../../../renderer/views/timeline/ticks';

const berlin = new ZoneClock('Europe/Berlin');
const utc = (iso: string) => Date.parse(iso);
const stepOf = (unit: TickStep['unit'], n: number) => TICK_STEPS.find((s) => s.unit === unit && s.n === n)!;
const labels = (ticks: number[], s: TickStep, lang: 'de' | 'en' = 'de') =>
  ticks.map((t) => tickLabel(t, s, berlin, lang));
const iso = (ticks: number[]) => ticks.map((t) => new Date(t).toISOString().slice(0, 16));

describe('time axis ticks in Europe/Berlin', () => {
  it('skips 02:00 on 2026-03-29 and keeps ticks one real hour apart', () => {
    const s = stepOf('hour', 1);
    const ticks = generateTicks(utc('2026-03-28T23:00:00Z'), utc('2026-03-29T03:00:00Z'), s, berlin);
    expect(labels(ticks, s)).toEqual(['29. März', '01:00', '03:00', '04:00', '05:00']);
    expect(iso(ticks)).toEqual([
      '2026-03-28T23:00',
      '2026-03-29T00:00',
      '2026-03-29T01:00',
      '2026-03-29T02:00',
      '2026-03-29T03:00',
    ]);
  });

  it('shows 02:00 twice on 2026-10-25', () => {
    const s = stepOf('hour', 1);
    const ticks = generateTicks(utc('2026-10-24T23:00:00Z'), utc('2026-10-25T02:00:00Z'), s, berlin);
    expect(labels(ticks, s, 'en')).toEqual(['01:00', '02:00', '02:00', '03:00']);
  });

  it('puts day ticks at local midnight: 23 h apart in spring, 25 h in autumn', () => {
    const s = stepOf('day', 1);
    const spring = generateTicks(utc('2026-03-28T12:00:00Z'), utc('2026-03-30T12:00:00Z'), s, berlin);
    expect(iso(spring)).toEqual(['2026-03-28T23:00', '2026-03-29T22:00']);
    const autumn = generateTicks(utc('2026-10-24T12:00:00Z'), utc('2026-10-26T12:00:00Z'), s, berlin);
    expect(iso(autumn)).toEqual(['2026-10-24T22:00', '2026-10-25T23:00']);
    expect(labels(autumn, s, 'en')).toEqual(['Sun 25', 'Mon 26']);
  });

  it('aligns 3-hour ticks to local hours divisible by three across the spring gap', () => {
    const s = stepOf('hour', 3);
    const ticks = generateTicks(utc('2026-03-28T22:00:00Z'), utc('2026-03-29T08:00:00Z'), s, berlin);
    expect(labels(ticks, s)).toEqual(['29. März', '03:00', '06:00', '09:00']);
  });

  it('keeps minute ticks on local minutes across the autumn transition', () => {
    const s = stepOf('minute', 15);
    const ticks = generateTicks(utc('2026-10-25T00:40:00Z'), utc('2026-10-25T01:20:00Z'), s, berlin);
    expect(labels(ticks, s)).toEqual(['02:45', '02:00', '02:15']);
  });

  it('labels months and years in German and English', () => {
    const months = stepOf('month', 1);
    const ticks = generateTicks(utc('2025-11-15T00:00:00Z'), utc('2026-02-15T00:00:00Z'), months, berlin);
    expect(iso(ticks)).toEqual(['2025-11-30T23:00', '2025-12-31T23:00', '2026-01-31T23:00']);
    expect(labels(ticks, months, 'de')).toEqual(['Dez', 'Jan. 2026', 'Feb']);
    expect(labels(ticks, months, 'en')).toEqual(['Dec', 'Jan 2026', 'Feb']);
    const years = stepOf('year', 1);
    expect(
      labels(generateTicks(utc('2024-06-01T00:00:00Z'), utc('2026-06-01T00:00:00Z'), years, berlin), years),
    ).toEqual(['2025', '2026']);
  });

  it('chooses finer steps as the view zooms in, from years down to seconds', () => {
    const width = 1600;
    expect(chooseStep(10 * 365 * 86_400_000, width).unit).toBe('year');
    expect(chooseStep(365 * 86_400_000, width).unit).toBe('month');
    expect(chooseStep(14 * 86_400_000, width).unit).toBe('day');
    expect(chooseStep(86_400_000, width).unit).toBe('hour');
    expect(chooseStep(3_600_000, width).unit).toBe('minute');
    expect(chooseStep(30_000, width).unit).toBe('second');
  });
});
