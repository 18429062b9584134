// The contract between the input side (files, zip entries), the format importers and whoever stores
// the result (the renderer's import worker, the CLI). Importers never touch storage and never read
// audio bytes eagerly: a capture only carries a handle to its audio entry, read when it is stored.

import type { CaptureKind, Device, ImportWarning, ProviderIntent, Source, TranscriptStatus } from '../model';

/** One file the user gave us, or one entry inside a zip the user gave us. Read lazily. */
export interface InputEntry {
  /** Path as the user sees it: `folder/sub/file.csv` or `All Data Categories.1.zip/Additional Data/…/x.csv`. NFC, `/`-separated. */
  path: string;
  /** Uncompressed size in bytes (declared by the zip central directory, or the file size). */
  size: number;
  /** Modification time, epoch ms, where known. */
  lastModified?: number;
  /** Reads the whole entry. Enforces the archive limits; throws an ImportError on violation. */
  read(): Promise<Uint8Array>;
  /**
   * Reads only the first `bytes` bytes where that is cheaper than a full read (content sniffing of thousands of
   * audio files). Optional: callers fall back to `read()`. Added by the importers engineer.
   */
  readHead?(bytes: number): Promise<Uint8Array>;
  /**
   * Reads the entry as a sequence of chunks, with the same checks as `read()` (size caps, CRC at the end), so
   * a large metadata file is parsed without ever being held whole. Optional: callers fall back to `read()`.
   */
  chunks?(): AsyncIterable<Uint8Array>;
}

/** A capture as an importer found it, before classification and before storage. */
export interface RawCapture {
  /** Stable id (see shared/ids.ts): the same record in a newer export gets the same id. */
  id: string;
  source: Source;
  accountId?: string;
  ts: number;
  deviceId?: string;
  deviceName?: string;
  transcript?: string;
  transcriptStatus: TranscriptStatus;
  response?: string;
  personName?: string;
  providerRecordId?: string;
  providerMarkers?: string[];
  /** What the record is (see CaptureKind in shared/model.ts); absent means `capture`. */
  kind?: CaptureKind;
  /** The provider's raw record type (`utteranceType`, Google title type). */
  providerType?: string;
  /** The provider's own intent, where the export carries it. */
  providerIntent?: ProviderIntent;
  /** For kind `other-device`: the id of the answering device's capture of the same utterance (same file). */
  linkedTo?: string;
  /** The linked audio entry, if any. */
  audio?: InputEntry;
  durationMs?: number;
  /** Input line (CSV/JSON record index) for warnings. */
  origin?: { file: string; line?: number };
}

export interface RawDevice extends Omit<Device, 'roomId'> {
  /** Room name suggested by the device name ("Echo Küche" → kitchen); resolved by shared/rooms. */
  roomHint?: string;
}

export interface ImportResult {
  source: Source;
  /** Input paths this importer consumed. */
  files: string[];
  captures: RawCapture[];
  devices: RawDevice[];
  warnings: ImportWarning[];
  /** The account id of the export owner, where the format reveals it. */
  accountId?: string;
  /** What the export says about the Amazon marketplace of the account, where it says anything. */
  marketplaceHints?: MarketplaceHints;
}

/**
 * Raw values and how often each occurs: `marketplace` from a Marketplace column (a code such as `DE`, an id,
 * a domain), `locale` from a device locale (`de-AT`). Read by shared/deletion/marketplaces.ts.
 */
export interface MarketplaceHints {
  marketplace: Record<string, number>;
  locale: Record<string, number>;
}

/** Column mapping the user picks for an unknown layout (CSV/JSON table). */
export interface ColumnMapping {
  file: string;
  time: string;
  transcript?: string;
  device?: string;
}

/** What detection saw, shown to the user when no importer is confident. */
export interface LayoutPreview {
  files: { path: string; size: number }[];
  tables: { file: string; columns: string[]; sampleRows: string[][] }[];
}

export interface Importer {
  source: Source;
  /** 0..1: how sure this importer is that it understands these entries. */
  detect(entries: readonly InputEntry[]): Promise<number>;
  parse(entries: readonly InputEntry[], options: ParseOptions): Promise<ImportResult>;
}

export interface ParseOptions {
  /** IANA zone used for names that carry local times without an offset. */
  timeZone: string;
  signal?: AbortSignal;
  onProgress?: (p: { file: string; done: number; total: number }) => void;
}

/** Every failure the user can see has a code (for tests and i18n) and names the file. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

export type ImportErrorCode =
  | 'zip-corrupt'
  | 'zip-truncated'
  | 'zip-crc'
  | 'zip-unsafe-path'
  | 'zip-symlink'
  | 'zip-nested'
  | 'zip-bomb'
  | 'zip-too-many-entries'
  | 'zip-encrypted'
  | 'zip-overlap'
  | 'zip-name-mismatch'
  | 'csv-malformed'
  | 'table-too-wide'
  | 'table-too-large'
  | 'json-malformed'
  | 'html-malformed'
  | 'audio-undecodable'
  | 'too-large'
  | 'too-many-records'
  | 'unknown-format'
  | 'quota'
  | 'cancelled';
