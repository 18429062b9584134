// The summary model a report is drawn from: every section of the report computed from captures, devices, rooms and
// the household zone. Plain JSON (the CLI writes it as is). Text only appears at the 'transcripts' and
// 'redacted' privacy levels, and examples of sensitive/child/night captures only when asked for; audio never.

import { capturedSources } from '../gdpr/verify';
import { captureText } from '../gdpr/annex';
import { DEFAULT_NIGHT_HOURS, isNightHour, type NightHours } from '../night';
import { formatLocalDateTime, type IsoDate } from '../i18n-format';
import {
  CAPTURE_KINDS,
  CATEGORIES,
  kindOf,
  SENSITIVE_FLAGS,
  type Capture,
  type CaptureKind,
  type Category,
  type Device,
  type Flag,
  type Language,
  type Room,
  type Source,
} from '../model';
import { redactNamedItems, redactText } from './redact';
import { localStamper } from './clock';
import { simulateRetention, type RetentionSimulation } from './retention';
import { monthSeries, overTime, type OverTime } from './series';

export type PrivacyLevel = 'counts' | 'transcripts' | 'redacted';

export interface SummaryInput {
  captures: readonly Capture[];
  devices: readonly Device[];
  rooms: readonly Room[];
  timeZone: string;
  /** Deadlines of the household's requests, each a line in the report. */
  deadlines?: readonly ReportDeadline[];
}

export interface ReportDeadline {
  /** "Löschantrag an Amazon Europe Core S.à r.l." */
  label: string;
  dueOn: IsoDate;
  status: string;
}

export interface SummaryOptions {
  privacy: PrivacyLevel;
  lang: Language;
  /** Reference day for the retention simulation and the age of the oldest captures. */
  asOf: IsoDate;
  /** Foreign (quarantined) captures are left out unless this is set. */
  includeForeign?: boolean;
  /** Include example texts for sensitive, child and night captures (ignored at 'counts'). */
  includeExamples?: boolean;
  /** Household names for redaction. */
  householdNames?: readonly string[];
  examplesPerSection?: number;
  /** Local hours that count as night (default 23–6). */
  nightHours?: NightHours;
}

export interface RoomRef {
  /** null: captures without a known room. */
  roomId: string | null;
  name: string;
}
export interface Example extends RoomRef {
  captureId: string;
  localTime: string;
  device: string;
  text?: string;
}
export interface Ranked {
  count: number;
  total: number;
  share: number;
}
export interface ShareSection {
  count: number;
  /** Of the captures whose export says whether (and why) they have text: `count / known`. */
  share: number;
  /** Captures whose export tells (transcript status not `missing`). */
  known: number;
  /** Captures with no text and no export saying why: neither counted nor in `known`. */
  unknown: number;
  /**
   * True when the share cannot be told: no capture's export tells, or none of those is a hit while others
   * have no reason at all (Amazon's archive leaves out exactly its accidental recordings' text).
   */
  undetermined: boolean;
  worstHours: (Ranked & { hour: number })[];
  worstRooms: (Ranked & RoomRef)[];
}

export interface Summary {
  timeZone: string;
  privacy: PrivacyLevel;
  asOf: IsoDate;
  total: number;
  excludedForeign: number;
  /** Records per kind; only `capture` is in the figures, the others are named as not counted. */
  perKind: Record<CaptureKind, number>;
  deadlines: ReportDeadline[];
  from?: IsoDate;
  to?: IsoDate;
  perMonth: { month: string; count: number }[];
  /** Captures over time at a readable granularity (days, weeks or months, see series.ts). */
  overTime: OverTime;
  heatmap: (RoomRef & { hours: number[]; total: number })[];
  categoriesPerRoom: (RoomRef & { counts: Record<Category, number>; total: number })[];
  accidental: ShareSection;
  notUnderstood: ShareSection;
  /** The night hours the night figures use. */
  nightHours: NightHours;
  nightPrivate: { count: number; byRoom: (RoomRef & { count: number })[]; examples?: Example[] };
  sensitive: { flag: Flag; count: number; examples?: Example[] }[];
  children: { count: number; share: number; byRoom: (RoomRef & { count: number })[]; examples?: Example[] };
  topGroups: { groupId: string; count: number; category: Category; label?: string }[];
  perDevice: { deviceId: string | null; name: string; count: number }[];
  perSource: { source: Source; count: number }[];
  oldest: (Example & { ageDays: number })[];
  retention: RetentionSimulation;
}

export const isAccidental = (c: Capture): boolean =>
  c.flags.includes('accidental') || c.transcriptStatus === 'not-intended';
export const isNotUnderstood = (c: Capture): boolean =>
  c.flags.includes('not-understood') || c.transcriptStatus === 'not-understood';

/**
 * The captures a report covers: recordings of the home (kind `capture`; prompts, training clips and other
 * records are counted apart in `perKind`), not soft-deleted, and not foreign unless asked for.
 */
export function reportCaptures(captures: readonly Capture[], includeForeign = false): Capture[] {
  return captures.filter(
    (c) => kindOf(c) === 'capture' && c.deletedAt === undefined && (includeForeign || !c.flags.includes('foreign')),
  );
}

/** Records per kind (not deleted; foreign only when included), so a report can say what it did not count. */
function countKinds(captures: readonly Capture[], includeForeign = false): Record<CaptureKind, number> {
  const counts = Object.fromEntries(CAPTURE_KINDS.map((k) => [k, 0])) as Record<CaptureKind, number>;
  for (const c of captures)
    if (c.deletedAt === undefined && (includeForeign || !c.flags.includes('foreign'))) counts[kindOf(c)] += 1;
  return counts;
}

/** How a report shows a capture's text at a privacy level; undefined at 'counts'. */
export function textAtPrivacy(
  capture: Capture,
  options: Pick<SummaryOptions, 'privacy' | 'lang' | 'householdNames'>,
): string | undefined {
  if (options.privacy === 'counts') return undefined;
  const transform =
    options.privacy === 'redacted'
      ? (t: string) => redactText(t, { lang: options.lang, names: options.householdNames ?? [] })
      : undefined;
  return captureText(capture, options.lang, transform);
}

export function buildSummary(original: SummaryInput, options: SummaryOptions): Summary {
  const input = options.privacy === 'redacted' ? redactedNames(original, options) : original;
  const { timeZone } = input;
  const captures = reportCaptures(input.captures, options.includeForeign).sort((a, b) => a.ts - b.ts);
  const deviceById = new Map(input.devices.map((d) => [d.id, d]));
  const roomById = new Map(input.rooms.map((r) => [r.id, r]));
  const roomOf = (c: Capture): Room | undefined => {
    const id = c.roomId ?? (c.deviceId ? deviceById.get(c.deviceId)?.roomId : undefined);
    return id ? roomById.get(id) : undefined;
  };
  const ref = (room: Room | undefined): RoomRef => ({ roomId: room?.id ?? null, name: room?.name ?? '' });
  const stampOf = localStamper(timeZone);
  const facts = captures.map((c) => ({ c, ...stampOf(c.ts), room: roomOf(c) }));
  const withText = options.privacy !== 'counts';
  const wantExamples = withText && !!options.includeExamples;
  const perSection = options.examplesPerSection ?? 3;
  const example = (c: Capture, room: Room | undefined): Example => ({
    captureId: c.id,
    localTime: formatLocalDateTime(c.ts, timeZone),
    device: (c.deviceId ? deviceById.get(c.deviceId)?.name : undefined) ?? c.deviceId ?? '',
    ...ref(room),
    ...(withText ? { text: textAtPrivacy(c, options) } : {}),
  });
  const examplesOf = (list: typeof facts) =>
    wantExamples ? { examples: list.slice(0, perSection).map((f) => example(f.c, f.room)) } : {};

  // Rooms in the table order the household defined, unknown room last.
  const roomOrder = [
    ...input.rooms.filter((r) => facts.some((f) => f.room?.id === r.id)),
    ...(facts.some((f) => !f.room) ? [undefined] : []),
  ];
  const byRoom = (list: typeof facts) =>
    roomOrder
      .map((room) => ({ ...ref(room), count: list.filter((f) => f.room?.id === room?.id).length }))
      .filter((r) => r.count > 0);

  const heatmap = roomOrder.map((room) => {
    const hours = new Array<number>(24).fill(0);
    for (const f of facts) if (f.room?.id === room?.id) hours[f.hour]! += 1;
    return { ...ref(room), hours, total: hours.reduce((a, b) => a + b, 0) };
  });
  const categoriesPerRoom = roomOrder.map((room) => {
    const counts = Object.fromEntries(CATEGORIES.map((k) => [k, 0])) as Record<Category, number>;
    for (const f of facts) if (f.room?.id === room?.id) counts[f.c.category] += 1;
    return { ...ref(room), counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
  });

  const told = facts.filter((f) => f.c.transcriptStatus !== 'missing');
  const shareSection = (test: (c: Capture) => boolean): ShareSection => {
    const hit = told.filter((f) => test(f.c));
    const unknown = facts.length - told.length;
    const rank = <T>(groups: { key: T; all: typeof facts }[]) =>
      groups
        .map(({ key, all }) => {
          const count = all.filter((f) => test(f.c)).length;
          return { key, count, total: all.length, share: all.length ? count / all.length : 0 };
        })
        .filter((g) => g.count > 0)
        .sort((a, b) => b.count - a.count || b.share - a.share)
        .slice(0, 3);
    const hours = Array.from({ length: 24 }, (_, hour) => ({ key: hour, all: told.filter((f) => f.hour === hour) }));
    const rooms = roomOrder.map((room) => ({ key: room, all: told.filter((f) => f.room?.id === room?.id) }));
    return {
      count: hit.length,
      share: told.length ? hit.length / told.length : 0,
      known: told.length,
      unknown,
      undetermined: told.length === 0 || (hit.length === 0 && unknown > 0),
      worstHours: rank(hours).map(({ key, ...r }) => ({ hour: key, ...r })),
      worstRooms: rank(rooms).map(({ key, ...r }) => ({ ...ref(key), ...r })),
    };
  };

  const nightPrivate = facts.filter((f) => isNightHour(f.hour, options.nightHours) && f.room?.private);
  const children = facts.filter((f) => f.c.flags.includes('child'));

  const groups = new Map<string, Capture[]>();
  for (const { c } of facts) {
    if (!c.groupId) continue;
    const members = groups.get(c.groupId);
    if (members) members.push(c);
    else groups.set(c.groupId, [c]);
  }
  const topGroups = [...groups.entries()]
    .map(([groupId, members]) => ({
      groupId,
      count: members.length,
      category: mostCommon(members.map((m) => m.category))!,
      ...groupLabel(members),
    }))
    .sort((a, b) => b.count - a.count || a.groupId.localeCompare(b.groupId))
    .slice(0, 10);
  function groupLabel(members: Capture[]): { label?: string } {
    if (!withText) return {};
    const texts = members.filter((m) => m.transcript?.trim()).map((m) => textAtPrivacy(m, options)!);
    const label = mostCommon(texts);
    return label ? { label } : {};
  }

  const perDevice = countBy(facts, (f) => f.c.deviceId ?? null).map(([deviceId, count]) => ({
    deviceId,
    name: (deviceId ? deviceById.get(deviceId)?.name : undefined) ?? deviceId ?? '',
    count,
  }));
  // A merged capture counts under each export that holds it (archive and voice history of one recording).
  const perSource = countBy(
    facts.flatMap((f) => capturedSources(f.c)),
    (source) => source,
  ).map(([source, count]) => ({ source, count }));
  const asOfMs = Date.parse(`${options.asOf}T00:00:00Z`);

  return {
    timeZone,
    privacy: options.privacy,
    asOf: options.asOf,
    total: captures.length,
    excludedForeign: options.includeForeign
      ? 0
      : input.captures.filter((c) => c.deletedAt === undefined && c.flags.includes('foreign')).length,
    perKind: countKinds(input.captures, options.includeForeign),
    deadlines: [...(input.deadlines ?? [])].sort((a, b) => a.dueOn.localeCompare(b.dueOn)),
    ...(facts.length ? { from: facts[0]!.day, to: facts.at(-1)!.day } : {}),
    perMonth: monthSeries(facts.map((f) => f.month)),
    overTime: overTime(facts.map((f) => f.day)),
    heatmap,
    categoriesPerRoom,
    accidental: shareSection(isAccidental),
    notUnderstood: shareSection(isNotUnderstood),
    nightHours: options.nightHours ?? DEFAULT_NIGHT_HOURS,
    nightPrivate: { count: nightPrivate.length, byRoom: byRoom(nightPrivate), ...examplesOf(nightPrivate) },
    sensitive: SENSITIVE_FLAGS.map((flag) => {
      const hit = facts.filter((f) => f.c.flags.includes(flag));
      return { flag, count: hit.length, ...examplesOf(hit) };
    }),
    children: {
      count: children.length,
      share: facts.length ? children.length / facts.length : 0,
      byRoom: byRoom(children),
      ...examplesOf(children),
    },
    topGroups,
    perDevice,
    perSource,
    oldest: facts
      .slice(0, 5)
      .map((f) => ({ ...example(f.c, f.room), ageDays: Math.floor((asOfMs - f.c.ts) / 86_400_000) })),
    retention: simulateRetention(
      captures,
      options.asOf,
      timeZone,
      facts.map((f) => f.day),
    ),
  };
}

function redactedNames(input: SummaryInput, options: SummaryOptions): SummaryInput {
  const redact = { lang: options.lang, names: options.householdNames ?? [] };
  return { ...input, devices: redactNamedItems(input.devices, redact), rooms: redactNamedItems(input.rooms, redact) };
}

function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, n] of counts) if (n > bestCount) [best, bestCount] = [v, n];
  return best;
}

function countBy<T, K>(items: readonly T[], key: (item: T) => K): [K, number][] {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}
