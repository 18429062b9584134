// `npm run cli -- classify [--tz Europe/Berlin] [--at 2024-05-01T23:30:00Z]`: one utterance per stdin line →
// one JSON line each: {"text","language","category","confidence","flags"}. Without --at the utterances
// have no time, so the time-based `night` flag is left out.

import { createInterface } from 'node:readline';
import { computeFlags, defaultClassifier } from '../../../shared/classify';
import { CliError } from '../cli-error';
import { encoderAssisted } from '../sentence-encoder-node';

export const usage =
  'classify [--tz <IANA zone>] [--at <ISO time>]   < utterances.txt   (one JSON line per input line)';

export async function run(args: string[]): Promise<void> {
  let timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  let at: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = args[i + 1];
    if (arg === '--tz' && value) {
      try {
        new Intl.DateTimeFormat('en', { timeZone: value });
      } catch {
        throw new CliError(`unknown time zone "${value}"`);
      }
      timeZone = value;
      i++;
    } else if (arg === '--at' && value) {
      at = Date.parse(value);
      if (Number.isNaN(at)) throw new CliError(`--at needs an ISO date-time, got "${value}"`);
      i++;
    } else {
      throw new CliError(`unknown argument "${arg}" — usage: ${usage}`);
    }
  }
  const classifier = defaultClassifier();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const text = line.trim();
    if (!text) continue;
    // One line at a time, as they come: the encoder (when a line needs it) embeds this one sentence.
    const result = (await encoderAssisted(classifier, [text])).classify(text);
    const { flags } = computeFlags({ transcript: text, transcriptStatus: 'ok', ts: at ?? 0 }, { timeZone });
    process.stdout.write(
      `${JSON.stringify({
        text,
        language: result.language,
        category: result.category,
        confidence: Math.round(result.confidence * 1000) / 1000,
        flags: at === undefined ? flags.filter((f) => f !== 'night') : flags,
      })}\n`,
    );
  }
}
