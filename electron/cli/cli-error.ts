// A failure the user caused (bad input, bad flags): printed as one line, exit status 2.
export class CliError extends Error {
  override name = 'CliError';
}
