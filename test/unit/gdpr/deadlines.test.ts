// Art. 12(3) deadlines: calendar months with end-of-month clamping, the extension rule, status at a given now.

import { describe, expect, it } from 'vitest';
import { addCalendarMonths, computeDeadline, computeRequestState } from '../../../shared/gdpr/deadlines';

const at = (iso: string) => Date.parse(iso);
const TZ = 'Europe/Berlin';

describe('addCalendarMonths', () => {
  it.each([
    ['2025-01-15', 1, '2025-02-15'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-12-31', 1, '2026-01-31'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-05-31', -3, '2025-02-28'],
    ['2025-04-30', -18, '2023-10-30'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addCalendarMonths(from, months)).toBe(expected);
  });
});

describe('computeDeadline', () => {
  it('is one month from receipt without an extension', () => {
    expect(computeDeadline('2025-01-31')).toEqual({
      firstDueOn: '2025-02-28',
      dueOn: '2025-02-28',
      extended: false,
      extensionTooLate: false,
    });
  });
  it('extends by two further months when announced within the first month', () => {
    const d = computeDeadline('2025-01-31', '2025-02-28');
    expect(d.dueOn).toBe('2025-04-30');
    expect(d.extended).toBe(true);
  });
  it('ignores an extension announced after the first month', () => {
    const d = computeDeadline('2025-01-31', '2025-03-01');
    expect(d.dueOn).toBe('2025-02-28');
    expect(d.extended).toBe(false);
    expect(d.extensionTooLate).toBe(true);
  });
});

describe('computeRequestState', () => {
  it('is a draft until it is sent', () => {
    expect(computeRequestState({}, at('2025-06-01T12:00:00Z'), TZ)).toEqual({ status: 'draft', remind: false });
  });
  it('is sent on the due day and overdue (with a reminder) the day after, in the household zone', () => {
    const tracking = { receivedOn: '2025-01-31' };
    const onDueDay = computeRequestState(tracking, at('2025-02-28T22:30:00Z'), TZ); // 23:30 in Berlin
    expect(onDueDay.status).toBe('sent');
    expect(onDueDay.daysLeft).toBe(0);
    const nextDay = computeRequestState(tracking, at('2025-02-28T23:30:00Z'), TZ); // 00:30 on 1 March in Berlin
    expect(nextDay.status).toBe('overdue');
    expect(nextDay.remind).toBe(true);
    expect(nextDay.daysLeft).toBe(-1);
  });
  it('is not overdue within an announced extension', () => {
    const s = computeRequestState(
      { receivedOn: '2025-01-31', extensionAnnouncedOn: '2025-02-10' },
      at('2025-04-01T10:00:00Z'),
      TZ,
    );
    expect(s.status).toBe('sent');
    expect(s.deadline?.dueOn).toBe('2025-04-30');
  });
  it('is answered once a reply is recorded, even after the due date', () => {
    expect(
      computeRequestState({ receivedOn: '2025-01-02', answeredOn: '2025-03-01' }, at('2025-03-05T10:00:00Z'), TZ)
        .status,
    ).toBe('answered');
  });
  it('is verified or partly verified after checking a newer export', () => {
    const now = at('2025-04-01T10:00:00Z');
    expect(
      computeRequestState({ receivedOn: '2025-01-02', verification: { gone: 5, remaining: 0 } }, now, TZ).status,
    ).toBe('verified');
    expect(
      computeRequestState({ receivedOn: '2025-01-02', verification: { gone: 3, remaining: 2 } }, now, TZ).status,
    ).toBe('partly-verified');
    // Nothing gone proves nothing: still overdue.
    expect(
      computeRequestState({ receivedOn: '2025-01-02', verification: { gone: 0, remaining: 5 } }, now, TZ).status,
    ).toBe('overdue');
    expect(
      computeRequestState(
        { receivedOn: '2025-01-02', verification: { gone: 5, remaining: 0, inconclusive: true } },
        now,
        TZ,
      ).status,
    ).toBe('overdue');
  });
});
