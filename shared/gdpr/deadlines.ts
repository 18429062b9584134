// Art. 12(3) GDPR deadlines and the status of a tracked request at a given moment.
// A month period follows Regulation 1182/71 Art. 3(2)(c): it ends on the day of the later month with the same
// number as the day of receipt; when that month is shorter, on its last day (31 Jan → 28/29 Feb).

import { daysBetween, daysInMonth, isoDate, localDate, parseIsoDate, type IsoDate } from '../i18n-format';
import type { RequestStatus } from '../model';

/** Adds calendar months to a date, clamping to the end of the target month. Negative months go back. */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return isoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** What the user recorded about a request; dates are calendar days in the household's zone. */
export interface RequestTracking {
  /** Day the controller received the request (for e-mail: the day it was sent). Absent → still a draft. */
  receivedOn?: IsoDate;
  /** Day the controller announced an extension (with reasons), if it did. */
  extensionAnnouncedOn?: IsoDate;
  /** Day the controller's substantive answer arrived. */
  answeredOn?: IsoDate;
  /** Result of checking a newer export against the request (see verify.ts). */
  verification?: { gone: number; remaining: number; inconclusive?: boolean };
}

export interface Deadline {
  /** Last day the controller may answer on. */
  dueOn: IsoDate;
  /** The one-month deadline, before any extension. */
  firstDueOn: IsoDate;
  extended: boolean;
  /** An extension was announced, but after the first month: Art. 12(3) does not allow it. */
  extensionTooLate: boolean;
}

/** One month from receipt; three months only when the extension was announced within the first month. */
export function computeDeadline(receivedOn: IsoDate, extensionAnnouncedOn?: IsoDate): Deadline {
  const firstDueOn = addCalendarMonths(receivedOn, 1);
  const announcedInTime =
    extensionAnnouncedOn !== undefined && extensionAnnouncedOn >= receivedOn && extensionAnnouncedOn <= firstDueOn;
  return {
    firstDueOn,
    dueOn: announcedInTime ? addCalendarMonths(receivedOn, 3) : firstDueOn,
    extended: announcedInTime,
    extensionTooLate: extensionAnnouncedOn !== undefined && !announcedInTime,
  };
}

export interface RequestState {
  status: RequestStatus;
  deadline?: Deadline;
  /** Days until the due date (negative once overdue); absent for drafts. */
  daysLeft?: number;
  /** The app should remind the user: the request is overdue and unanswered. */
  remind: boolean;
}

/**
 * Status at `now` (epoch ms) in the household zone. Verification wins over everything: once a newer export
 * shows every item gone the request is `verified`; if some are gone it is `partly-verified`. A verification
 * where nothing is gone (or that was inconclusive) proves nothing and does not change the status.
 */
export function computeRequestState(tracking: RequestTracking, now: number, timeZone: string): RequestState {
  if (!tracking.receivedOn) return { status: 'draft', remind: false };
  const deadline = computeDeadline(tracking.receivedOn, tracking.extensionAnnouncedOn);
  const today = localDate(now, timeZone);
  const daysLeft = daysBetween(today, deadline.dueOn);
  const base = { deadline, daysLeft };
  const v = tracking.verification;
  if (v && !v.inconclusive && v.gone > 0) {
    return { ...base, status: v.remaining === 0 ? 'verified' : 'partly-verified', remind: false };
  }
  if (tracking.answeredOn) return { ...base, status: 'answered', remind: false };
  if (daysLeft < 0) return { ...base, status: 'overdue', remind: true };
  return { ...base, status: 'sent', remind: false };
}
