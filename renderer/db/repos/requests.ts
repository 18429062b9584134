// GDPR requests the household writes and tracks: creation from a selection (one letter per controller),
// tracking dates, notes and attachments (Blobs in the row), the letter snapshot, verification against the
// latest import, follow-ups and complaints. The only code that touches the `requests` table.

import { CONTROLLERS, controllerForSource, type Controller, type ControllerId } from '../../../shared/gdpr/controllers';
import type { Letter } from '../../../shared/gdpr/letter';
import { renderLetterText } from '../../../shared/gdpr/render';
import { capturedSources, verifyRequest, type RequestedItem } from '../../../shared/gdpr/verify';
import { localDate } from '../../../shared/i18n-format';
import type { Capture, ImportRun, Language, RequestKind } from '../../../shared/model';
import { letterFor, requestState } from '../../../shared/gdpr/request-letter';
import { getDb, type ClipRow } from '../db';
import { openBlob, sealBlob } from '../crypto/blobs';
import type { StoredRequest } from '../records';
import { loadControllers } from './controllers';
import { loadSetting, saveSetting } from './settings';

const IDENTITY_KEY = 'gdprIdentity';
export type RequestIdentity = StoredRequest['identity'];

export async function loadIdentity(): Promise<RequestIdentity> {
  return { name: '', email: '', address: '', ...((await loadSetting<Partial<RequestIdentity>>(IDENTITY_KEY)) ?? {}) };
}

export interface NewRequest {
  kind: RequestKind;
  clipIds: readonly string[];
  /** Defaults to the controller of the clips' source. */
  controllerId?: ControllerId;
  language: Language;
  /** Defaults to the identity used last. */
  identity?: RequestIdentity;
  context?: StoredRequest['context'];
  timeZone: string;
}

/** Clips read by id that still exist (a purge may have removed some since). */
const present = (c: ClipRow | undefined): c is ClipRow => c !== undefined;

/** Creates a draft; any kind (the Quarantine screen creates breach notices with the foreign clip ids). */
export async function createRequest(input: NewRequest): Promise<StoredRequest> {
  const db = getDb();
  const clips = (await db.clips.bulkGet([...input.clipIds])).filter(present);
  const controllerId =
    input.controllerId ?? clips.map((c) => controllerForSource(c.source)?.id).find((id) => id) ?? CONTROLLERS[0]!.id;
  const request: StoredRequest = {
    id: crypto.randomUUID(),
    kind: input.kind,
    controllerId,
    language: input.language,
    clipIds: clips.map((c) => c.id),
    providerIds: Object.fromEntries(clips.flatMap((c) => (c.providerRecordId ? [[c.id, c.providerRecordId]] : []))),
    clipSources: Object.fromEntries(clips.map((c) => [c.id, c.source])),
    createdAt: Date.now(),
    status: 'draft',
    letterText: '',
    notes: '',
    attachments: [],
    identity: input.identity ?? (await loadIdentity()),
    ...(input.context ? { context: input.context } : {}),
  };
  request.letterText = renderLetterText((await loadLetter(request, input.timeZone)).letter);
  await db.requests.add(request);
  return request;
}

/**
 * One request per controller (a letter goes to one company). Clips from local sources (Home Assistant,
 * folders) have no controller and are left out; `local` says how many.
 */
export async function createRequestsFromSelection(
  kind: 'erasure' | 'access',
  clipIds: readonly string[],
  language: Language,
  timeZone: string,
): Promise<{ created: StoredRequest[]; local: number }> {
  const clips = (await getDb().clips.bulkGet([...clipIds])).filter(present);
  const byController = new Map<ControllerId, string[]>();
  let local = 0;
  for (const clip of clips) {
    const controller = controllerForSource(clip.source);
    if (!controller) local++;
    else byController.set(controller.id, [...(byController.get(controller.id) ?? []), clip.id]);
  }
  const created: StoredRequest[] = [];
  for (const [controllerId, ids] of byController)
    created.push(await createRequest({ kind, clipIds: ids, controllerId, language, timeZone }));
  return { created, local };
}

export async function listRequests(): Promise<StoredRequest[]> {
  return getDb().requests.orderBy('createdAt').reverse().toArray();
}

export async function getRequest(id: string): Promise<StoredRequest | undefined> {
  return getDb().requests.get(id);
}

export type RequestPatch = Partial<
  Pick<
    StoredRequest,
    'language' | 'controllerId' | 'identity' | 'sentAt' | 'answeredAt' | 'extensionAnnouncedAt' | 'notes' | 'context'
  >
>;

/** Saves edits, refreshes the stored status and letter snapshot, and remembers the identity for next time. */
export async function updateRequest(id: string, patch: RequestPatch, timeZone: string): Promise<StoredRequest> {
  const db = getDb();
  const current = await db.requests.get(id);
  if (!current) throw new Error(`request ${id} not found`);
  const next: StoredRequest = { ...current, ...patch };
  // `undefined` in a patch clears a date (e.g. "not sent after all").
  for (const key of ['sentAt', 'answeredAt', 'extensionAnnouncedAt'] as const)
    if (key in patch && patch[key] === undefined) delete next[key];
  next.status = requestState(next, Date.now(), timeZone).status;
  const { letter, missing } = await loadLetter(next, timeZone);
  // Clips deleted locally after the request was written: keep the last complete text instead of a shorter one.
  if (missing === 0) next.letterText = renderLetterText(letter);
  await db.requests.put(next);
  if (patch.identity) await saveSetting(IDENTITY_KEY, patch.identity);
  return next;
}

export async function deleteRequest(id: string): Promise<void> {
  await getDb().requests.delete(id);
}

export async function addAttachments(id: string, files: readonly { name: string; type: string; blob: Blob }[]) {
  const db = getDb();
  // Sealed before the transaction (crypto/blobs.ts); a no-op while encryption is off.
  const sealed = await Promise.all(files.map((f) => sealBlob(f.blob)));
  await db.transaction('rw', db.requests, async () => {
    const request = await db.requests.get(id);
    if (!request) return;
    const added = files.map((f, i) => ({
      name: f.name,
      mime: f.type || 'application/octet-stream',
      blob: sealed[i]!,
    }));
    await db.requests.update(id, { attachments: [...request.attachments, ...added] });
  });
}

/** An attachment's bytes as they were added (opened if the library is encrypted). */
export async function attachmentBlob(blob: Blob): Promise<Blob> {
  return openBlob(blob);
}

export async function removeAttachment(id: string, index: number): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.requests, async () => {
    const request = await db.requests.get(id);
    if (request) await db.requests.update(id, { attachments: request.attachments.filter((_, i) => i !== index) });
  });
}

export interface LoadedLetter {
  letter: Letter;
  controller: Controller;
  /** Requested clips that no longer exist locally (purged); the stored letter text still lists them. */
  missing: number;
  parent?: StoredRequest;
}

/** Everything a letter needs, read from the database, and the letter itself. */
export async function loadLetter(request: StoredRequest, timeZone: string): Promise<LoadedLetter> {
  const db = getDb();
  const [clips, devices, rooms, controllers, parent] = await Promise.all([
    db.clips.bulkGet(request.clipIds),
    db.devices.toArray(),
    db.rooms.toArray(),
    loadControllers(),
    request.context?.parentId ? db.requests.get(request.context.parentId) : undefined,
  ]);
  const captures: Capture[] = clips.filter(present);
  const controller = controllers.find((c) => c.id === request.controllerId) ?? controllers[0]!;
  const today = localDate(Date.now(), timeZone);
  const letter = letterFor(request, { controller, captures, devices, rooms, timeZone, today, parent });
  return { letter, controller, missing: request.clipIds.length - captures.length, ...(parent ? { parent } : {}) };
}

export type VerifyOutcome =
  | { ok: true; request: StoredRequest; importRun: ImportRun; remaining: Capture[] }
  | { ok: false; reason: 'no-newer-import' };

/**
 * Checks the request against the newest committed import that covers one of its sources and started after
 * the request was created. Clips from sources that import does not cover are reported as unchecked.
 */
export async function verifyAgainstLatestImport(id: string, timeZone: string): Promise<VerifyOutcome> {
  const db = getDb();
  const request = await db.requests.get(id);
  if (!request) throw new Error(`request ${id} not found`);
  // A merged clip holds records of several sources (archive and voice history): any of them can be checked.
  const clipRows = await db.clips.bulkGet([...request.clipIds]);
  const clipSourcesOf = new Map(clipRows.filter(present).map((c) => [c.id, capturedSources(c)]));
  const sources = new Set([...Object.values(request.clipSources ?? {}), ...[...clipSourcesOf.values()].flat()]);
  const runs = (await db.imports.where('status').equals('committed').toArray())
    .filter((r) => r.startedAt > request.createdAt)
    .sort((a, b) => b.startedAt - a.startedAt);
  // Import runs do not always record their sources, so what an export covers is read from its captures.
  let found: { run: ImportRun; newer: ClipRow[]; covered: Set<string> } | undefined;
  for (const run of runs) {
    const newer = await db.clips.where('importIds').equals(run.id).toArray();
    // What the run read (recorded at commit); older runs did not record it, so their clips' sources tell.
    const covered = new Set<string>(run.sources.length ? run.sources : newer.flatMap((c) => capturedSources(c)));
    if (sources.size === 0 || [...sources].some((s) => covered.has(s))) {
      found = { run, newer, covered };
      break;
    }
  }
  if (!found) return { ok: false, reason: 'no-newer-import' };
  const { run, newer, covered } = found;
  const items: RequestedItem[] = [];
  const unchecked: string[] = [];
  for (const captureId of request.clipIds) {
    const source = request.clipSources?.[captureId];
    const sources = [...(clipSourcesOf.get(captureId) ?? []), ...(source ? [source] : [])];
    if (sources.length && !sources.some((s) => covered.has(s))) unchecked.push(captureId);
    else
      items.push({
        captureId,
        ...(source ? { source } : {}),
        ...(request.providerIds[captureId] ? { providerRecordId: request.providerIds[captureId] } : {}),
      });
  }
  const result = verifyRequest(items, newer);
  const verification: NonNullable<StoredRequest['verification']> = {
    checkedAt: Date.now(),
    importId: run.id,
    gone: result.gone,
    remaining: result.remaining.map((c) => c.id),
    unchecked,
    inconclusive: result.inconclusive,
  };
  const next = { ...request, verification };
  next.status = requestState(next, Date.now(), timeZone).status;
  await db.requests.put(next);
  return { ok: true, request: next, importRun: run, remaining: result.remaining };
}

/** A follow-up letter for what a verification found still stored (same controller, language and identity). */
export async function createFollowUp(id: string, timeZone: string): Promise<StoredRequest> {
  const original = await getRequest(id);
  const v = original?.verification;
  if (!original || !v) throw new Error(`request ${id} has not been verified`);
  const run = await getDb().imports.get(v.importId);
  return createRequest({
    kind: 'follow-up',
    clipIds: v.remaining,
    controllerId: original.controllerId as ControllerId,
    language: original.language,
    identity: original.identity,
    timeZone,
    context: {
      parentId: original.id,
      exportOn: localDate(run?.startedAt ?? v.checkedAt, timeZone),
      goneCount: v.gone.length,
    },
  });
}

/** A complaint to the controller's lead supervisory authority about an overdue or incompletely met request. */
export async function createComplaint(id: string, timeZone: string): Promise<StoredRequest> {
  const original = await getRequest(id);
  if (!original) throw new Error(`request ${id} not found`);
  return createRequest({
    kind: 'complaint',
    clipIds: [],
    controllerId: original.controllerId as ControllerId,
    language: original.language,
    identity: original.identity,
    timeZone,
    context: { parentId: original.id },
  });
}
