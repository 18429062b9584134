// Turns a stored request into its letter and its status: which letter a kind uses, which dates it names (the
// day it was sent, else today) and how the stored epoch-ms dates map to calendar days. Pure, so the
// repository, the editor and the tests build the very same letter.

import type { Controller } from './controllers';
import { computeDeadline, computeRequestState, type RequestState } from './deadlines';
import type { Identity, Letter } from './letter';
import { accessLetter } from './letters/access';
import { breachNotice } from './letters/breach-notice';
import { complaintLetter } from './letters/complaint';
import { erasureLetter } from './letters/erasure';
import { followUpLetter } from './letters/follow-up';
import { localDate, parseIsoDate, type IsoDate } from '../i18n-format';
import type { Capture, Device, Language, RequestKind, Room } from '../model';

/** What a letter needs of a stored request (the database's request record has more). */
export interface RequestRecord {
  kind: RequestKind;
  controllerId: string;
  language: Language;
  clipIds: readonly string[];
  createdAt: number;
  sentAt?: number;
  answeredAt?: number;
  extensionAnnouncedAt?: number;
  identity: Identity;
  verification?: { checkedAt: number; remaining: readonly string[]; gone: readonly string[]; inconclusive?: boolean };
  context?: { exportOn?: string; goneCount?: number; exportReceivedOn?: string; accessRequestedOn?: string };
}

/** A calendar day the user entered, stored as noon UTC: the same day in every zone between UTC−11 and UTC+11. */
export function dayToMs(day: IsoDate): number {
  const { year, month, day: d } = parseIsoDate(day);
  return Date.UTC(year, month - 1, d, 12);
}

export const msToDay = (ms: number | undefined, timeZone: string): IsoDate | undefined =>
  ms === undefined ? undefined : localDate(ms, timeZone);

export function requestState(request: RequestRecord, now: number, timeZone: string): RequestState {
  const v = request.verification;
  return computeRequestState(
    {
      receivedOn: msToDay(request.sentAt, timeZone),
      extensionAnnouncedOn: msToDay(request.extensionAnnouncedAt, timeZone),
      answeredOn: msToDay(request.answeredAt, timeZone),
      ...(v
        ? { verification: { gone: v.gone.length, remaining: v.remaining.length, inconclusive: v.inconclusive } }
        : {}),
    },
    now,
    timeZone,
  );
}

export interface LetterContext {
  controller: Controller;
  /** The request's clips that still exist locally. */
  captures: readonly Capture[];
  devices: readonly Device[];
  rooms: readonly Room[];
  timeZone: string;
  /** Today in the household zone; the letter's date while it is a draft. */
  today: IsoDate;
  /** The original request of a follow-up or complaint. */
  parent?: RequestRecord;
}

export function letterFor(request: RequestRecord, ctx: LetterContext): Letter {
  const sentOn = msToDay(request.sentAt, ctx.timeZone);
  const base = {
    lang: request.language,
    identity: request.identity,
    date: sentOn ?? ctx.today,
    controller: ctx.controller,
    devices: ctx.devices,
    rooms: ctx.rooms,
    timeZone: ctx.timeZone,
    ...(sentOn ? { receivedOn: sentOn } : {}),
  };
  const parent = ctx.parent;
  const parentSent = parent ? msToDay(parent.sentAt ?? parent.createdAt, ctx.timeZone)! : ctx.today;
  switch (request.kind) {
    case 'erasure':
      return erasureLetter({ ...base, captures: ctx.captures });
    case 'access':
      return accessLetter({ ...base, captures: ctx.captures });
    case 'breach-notice':
      return breachNotice({
        ...base,
        foreignCaptures: ctx.captures,
        ...(request.context?.exportReceivedOn ? { exportReceivedOn: request.context.exportReceivedOn } : {}),
        ...(request.context?.accessRequestedOn ? { accessRequestedOn: request.context.accessRequestedOn } : {}),
      });
    case 'follow-up':
      return followUpLetter({
        ...base,
        original: {
          sentOn: parentSent,
          count: parent?.clipIds.length ?? ctx.captures.length,
          ...(parent?.answeredAt ? { answeredOn: msToDay(parent.answeredAt, ctx.timeZone)! } : {}),
        },
        exportOn: request.context?.exportOn ?? ctx.today,
        goneCount: request.context?.goneCount ?? 0,
        remaining: ctx.captures,
      });
    case 'complaint': {
      const remaining = parent?.verification?.remaining.length ?? 0;
      const extension = msToDay(parent?.extensionAnnouncedAt, ctx.timeZone);
      return complaintLetter({
        ...base,
        request: {
          kind: parent?.kind ?? 'erasure',
          sentOn: parentSent,
          dueOn: computeDeadline(parentSent, extension).dueOn,
          count: parent?.clipIds.length ?? 0,
        },
        ground: remaining > 0 ? 'incomplete' : 'no-answer',
        ...(remaining > 0 && parent?.verification
          ? { stillPresent: { count: remaining, exportOn: localDate(parent.verification.checkedAt, ctx.timeZone) } }
          : {}),
      });
    }
  }
}

/** File names for exports: `erasure-request-amazon-eu-2026-11-26.txt`. */
export function exportName(request: RequestRecord, what: 'letter' | 'annex', ext: string): string {
  const kind = request.kind === 'breach-notice' ? 'breach-notice' : `${request.kind}-request`;
  return `${what === 'annex' ? `${kind}-annex` : kind}-${request.controllerId}-${new Date(request.createdAt).toISOString().slice(0, 10)}.${ext}`;
}
