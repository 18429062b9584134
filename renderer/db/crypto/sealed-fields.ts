// Which fields of each table stay readable on disk when encryption at rest is on (docs/architecture.md,
// "Security"; docs/reliability.md, "Encryption at rest"). The map lists what stays PLAINTEXT, not what is
// sealed: every other field of a row — including fields added later — goes into the row's sealed envelope.
// Plaintext is limited to primary keys and the fields IndexedDB indexes need (time, room and device ids,
// category, flags, ids of groups, voices and import runs, status marks); none of them is text the user or a
// provider wrote. A table that is missing here cannot be written while encryption is on (fail safe), and a
// unit test checks that every table of the schema is listed.

export interface TablePolicy {
  /** Fields kept in plaintext: the primary key and indexed fields. Everything else is sealed. */
  plaintext: readonly string[];
}

/** Settings rows that must be readable before unlocking: the key-check record itself. */
export const PLAINTEXT_SETTING_KEYS: ReadonlySet<string> = new Set(['crypto.keyCheck']);

export const SEALED_TABLES: Readonly<Record<string, TablePolicy>> = {
  // transcript, device and room names, provider ids, audio name, account ids, groups' labels… are sealed
  clips: {
    plaintext: ['id', 'ts', 'roomId', 'deviceId', 'category', 'flags', 'groupId', 'importIds', 'voiceId', 'deletedAt'],
  },
  // the bytes are sealed with WebCrypto before the write (blobs.ts); mime and file name go into the envelope
  audio: { plaintext: ['clipId'] },
  // peaks and the speaker embedding (a voice print) are sealed; `voicePending` is a flag the worker filters on
  peaks: { plaintext: ['clipId', 'voicePending'] },
  devices: { plaintext: ['id', 'roomId'] },
  rooms: { plaintext: ['id', 'kind'] },
  // file names and warnings of a run are sealed
  imports: { plaintext: ['id', 'status', 'startedAt'] },
  importLinks: { plaintext: ['importId', 'clipId'] },
  // letter text, the user's name and address, attachments, provider ids
  requests: { plaintext: ['id', 'status', 'kind', 'createdAt'] },
  selections: { plaintext: ['id', 'createdAt'] },
  voices: { plaintext: ['id'] },
  settings: { plaintext: ['key'] },
  // a running import's rows (staging by table): the run and the row's place in it are keys, the rest is sealed
  stagedClips: { plaintext: ['importId', 'batch'] },
  stagedAudio: { plaintext: ['importId', 'clipId'] },
  stagedPeaks: { plaintext: ['importId', 'clipId', 'voicePending'] },
  // the columnar index holds only numbers, but also group and voice labels in some versions: sealed whole
  columnsCache: { plaintext: ['key', 'version'] },
};

/**
 * Tables that never hold anything a capture or the user wrote, and so are stored as they are. Staged copies
 * of the tables above (names starting with `staged`) are NOT here: they take the policy of the table they
 * stage (see policyFor).
 */
export const PLAINTEXT_TABLES: ReadonlySet<string> = new Set<string>([]);

/** The policy of a table; a `staged…` table uses the policy of the table it stages. */
export function policyFor(table: string): TablePolicy | 'plaintext' | undefined {
  if (PLAINTEXT_TABLES.has(table)) return 'plaintext';
  const own = SEALED_TABLES[table];
  if (own) return own;
  const staged = /^staged([A-Z].*)$/.exec(table);
  if (staged) {
    const base = staged[1]!.charAt(0).toLowerCase() + staged[1]!.slice(1);
    const policy = SEALED_TABLES[base];
    // the run a staged row belongs to is an index of the staging table, never user text
    return policy && { plaintext: [...policy.plaintext, 'runId', 'importId', 'stagedBy'] };
  }
  return undefined;
}
