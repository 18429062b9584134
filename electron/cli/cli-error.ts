// A failure the user caused (bad input, bad flags): printed as one line, exit status 2. Anything else is
// also reported as one line (never a stack trace), worded from what the operating system said.

export class CliError extends Error {
  override name = 'CliError';
}

const SYSTEM: Record<string, string> = {
  ENAMETOOLONG: 'a path is longer than the operating system allows',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or folder',
  ENOSPC: 'the disk is full',
  EMFILE: 'too many open files',
  ELOOP: 'too many symbolic links',
  EISDIR: 'a folder was given where a file is needed',
  ENOTDIR: 'a file was given where a folder is needed',
};

/** One line for an error that is no CliError: system errors by their code, the rest by their message. */
export function describeUnexpected(error: unknown): string {
  const e = error as { code?: unknown; path?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : undefined;
  const where = typeof e?.path === 'string' ? ` ("${e.path.length > 120 ? `…${e.path.slice(-120)}` : e.path}")` : '';
  if (code && SYSTEM[code]) return `${SYSTEM[code]}${where} [${code}]`;
  if (error instanceof RangeError && /string length|array length/i.test(error.message))
    return 'the input is too large to process in memory [too-large]';
  const message = error instanceof Error ? error.message : String(error);
  return `unexpected failure: ${message.split('\n', 1)[0]!.slice(0, 300)}`;
}
