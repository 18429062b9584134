// Amazon's record keys and utterance ids carry the account, device serial and time; these helpers read them
// so audio named by utterance id links to its record and so stranger records show another customer id.

import { normaliseKey } from './link-audio';

/** `customerId#timestamp#deviceType#deviceSerial` */
export function parseRecordKey(recordKey: string | undefined): {
  customerId?: string;
  deviceType?: string;
  serial?: string;
} {
  if (!recordKey) return {};
  const [customerId, , deviceType, serial] = recordKey.split('#');
  return { customerId: customerId || undefined, deviceType: deviceType || undefined, serial: serial || undefined };
}

/**
 * `<deviceType>:1.0/YYYY/MM/DD/HH/<serial|DEVICE_UNSPECIFIED>/MM:SS::TNIH_2V.<uuid><suffix>/<n>`, also in the
 * sanitised form a file name takes (`/` and `:` replaced by `_`). Time is UTC, to the second.
 */
export function parseUtteranceId(value: string): { key: string; ts: number; serial?: string } | undefined {
  const key = normaliseKey(value);
  const m = /_1\.0_(\d{4})_(\d{2})_(\d{2})_(\d{2})_([a-z0-9_]+?)_(\d{2})_(\d{2})_+tnih/i.exec(key);
  if (!m) return undefined;
  const ts = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[6]!, +m[7]!);
  const serial = /device_unspecified/i.test(m[5]!) ? undefined : m[5]!.toUpperCase();
  return { key, ts, serial };
}

/** A device serial inside a file name (Echo serials: 16 upper-case letters/digits starting with G). */
export function serialFromName(name: string): string | undefined {
  return /(?:^|[^A-Z0-9])(G[A-Z0-9]{11,15})(?=[^A-Z0-9]|$)/.exec(name)?.[1];
}

/**
 * Audio of the export whose JSON sits in `root`: below it — or, for a JSON picked on its own (no folder), any
 * audio outside a zip, so the clips inside another export's archive (named by the same utterance ids) stay there.
 */
export function inExport(root: string, path: string): boolean {
  if (root !== '') return path.startsWith(`${root}/`);
  return !path
    .split('/')
    .slice(0, -1)
    .some((segment) => /\.zip$/i.test(segment));
}
