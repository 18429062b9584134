// Headless CLI: `npm run cli -- <command> …`. Runs the same shared/ importers, classifier, letters and
// reports as the app, so the CLI and the UI can never disagree. Each command lives in commands/<name>.ts.
// Exit codes: 0 ok, 2 any failure (one clear line on stderr, never a stack trace).

import { CliError, describeUnexpected } from './cli-error';

type Command = { run(args: string[]): Promise<void>; usage: string };

const commands: Record<string, () => Promise<Command>> = {
  analyze: () => import('./commands/analyze'),
  classify: () => import('./commands/classify'),
  report: () => import('./commands/report'),
  request: () => import('./commands/request'),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || !(name in commands)) {
    const lines = await Promise.all(Object.values(commands).map(async (load) => (await load()).usage));
    const out = `Earshot CLI\n\nUsage:\n${lines.map((l) => `  npm run cli -- ${l}`).join('\n')}\n`;
    if (!name || name === '--help' || name === '-h') {
      process.stdout.write(out);
      return 0;
    }
    process.stderr.write(`earshot: unknown command "${name}"\n${out}`);
    return 2;
  }
  const command = await commands[name]!();
  try {
    await command.run(rest);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`earshot ${name}: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`earshot ${name}: ${describeUnexpected(error)}\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
