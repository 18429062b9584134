// Seals and opens rows for every reader and writer of the database — the app, the import worker, the library
// and voice workers, the re-encryption job — as a Dexie DBCore middleware, so no repository has to know about
// encryption. It sits closest to IndexedDB (level -10), so Dexie's hooks, caches and live queries above it
// only ever see plaintext. It is synchronous (envelope.ts explains why: transactions auto-commit on foreign
// promises). Rows without an envelope are read as they are: that is how a library is read while encryption
// is being turned on or off.

import type { DBCore, DBCoreCursor, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { envelopeGeneration, isEnvelope, LockedError, openBytes, pack, sealBytes, unpack } from './envelope';
import { readKey, writeKey } from './keyring';
import { isSealedBlob } from './blobs';
import { PLAINTEXT_SETTING_KEYS, policyFor, type TablePolicy } from './sealed-fields';

/** Field holding the envelope of a sealed row; `SEALED_BLOBS` holds its (separately sealed) Blobs. */
export const SEALED = '__sealed';
export const SEALED_BLOBS = '__blobs';

const encoder = new TextEncoder();

type Row = Record<string, unknown>;

export function sealRow(table: string, policy: TablePolicy, row: Row): Row {
  if (table === 'settings' && PLAINTEXT_SETTING_KEYS.has(row.key as string)) return row;
  const write = writeKey();
  if (!write) return row;
  const keep = new Set(policy.plaintext);
  const out: Row = {};
  const secret: Row = {};
  for (const [field, value] of Object.entries(row)) {
    if (keep.has(field)) out[field] = value;
    else if (value !== undefined) secret[field] = value;
  }
  const blobs: Blob[] = [];
  const bytes = pack(secret, blobs);
  for (const blob of blobs)
    if (!isSealedBlob(blob))
      throw new Error(`A Blob in "${table}" must be sealed before it is stored while encryption is on.`);
  out[SEALED] = sealBytes(write.key, write.generation, bytes, encoder.encode(table));
  if (blobs.length) out[SEALED_BLOBS] = blobs;
  return out;
}

export function openRow(table: string, row: unknown): unknown {
  if (row === null || typeof row !== 'object') return row;
  const envelope = (row as Row)[SEALED];
  if (!isEnvelope(envelope)) return row;
  const key = readKey(envelopeGeneration(envelope));
  let plain: Uint8Array;
  try {
    plain = openBytes(key, envelope, encoder.encode(table));
  } catch {
    throw new LockedError(`A row of "${table}" cannot be opened with this key (wrong key or damaged data).`);
  }
  const { [SEALED]: _sealed, [SEALED_BLOBS]: blobs, ...plainFields } = row as Row;
  return { ...plainFields, ...(unpack(plain, (blobs as Blob[] | undefined) ?? []) as Row) };
}

/** The key generation a stored row is sealed with, or null for a plaintext row. */
export function rowGeneration(row: unknown): number | null {
  const envelope = row && typeof row === 'object' ? (row as Row)[SEALED] : undefined;
  return isEnvelope(envelope) ? envelopeGeneration(envelope) : null;
}

function sealTable(down: DBCoreTable): DBCoreTable {
  const name = down.name;
  const policy = policyFor(name);
  if (policy === 'plaintext') return down;
  const open = (row: unknown) => openRow(name, row);
  return {
    ...down,
    mutate(req: DBCoreMutateRequest) {
      if ((req.type === 'add' || req.type === 'put') && req.values.length) {
        if (!policy) {
          // Not in sealed-fields.ts: refuse rather than store text in plaintext by accident.
          if (writeKey()) throw new Error(`Table "${name}" has no entry in sealed-fields.ts.`);
          return down.mutate(req);
        }
        return down.mutate({ ...req, values: req.values.map((v) => sealRow(name, policy, v as Row)) } as typeof req);
      }
      return down.mutate(req);
    },
    get: (req) => down.get(req).then(open),
    getMany: (req) => down.getMany(req).then((rows) => rows.map(open)),
    query: (req) => down.query(req).then((res) => (req.values ? { ...res, result: res.result.map(open) } : res)),
    openCursor: (req) =>
      down.openCursor(req).then((cursor) => (cursor && req.values !== false ? openingCursor(cursor, open) : cursor)),
  };
}

function openingCursor(cursor: DBCoreCursor, open: (row: unknown) => unknown): DBCoreCursor {
  let raw: unknown;
  let opened: unknown;
  // A Proxy, not Object.create: in a browser the cursor is a native IDBCursor, whose getters (key,
  // primaryKey…) and methods throw "Illegal invocation" unless called on the cursor itself.
  return new Proxy(cursor, {
    get(target, prop) {
      if (prop === 'value') {
        const value = target.value as unknown;
        if (value !== raw) {
          raw = value;
          opened = open(value);
        }
        return opened;
      }
      const member = Reflect.get(target, prop, target) as unknown;
      return typeof member === 'function' ? (member as (...args: unknown[]) => unknown).bind(target) : member;
    },
  });
}

export const sealMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'earshot-seal',
  level: -10,
  create: (down) => ({ ...down, table: (name: string) => sealTable(down.table(name)) }),
};
