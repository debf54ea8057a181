/**
 * The `kompass` command (node). `bin/kompass.js` calls `run` with the arguments; tests call
 * it with their own `io` and check the exit code it returns.
 */
import { buildCommand } from './commands/build.js';
import { validateCommand } from './commands/validate.js';
import { UsageError, processIo, type CliIo } from './io.js';

export const HELP = `Usage: kompass <command> [options]

Commands:
  validate <source-dir>              check a content source folder; list problems with file:line:column
  build <source-dir> --out <dir>     validate, then write the content pack (manifest, base, texts)

Options:
  --help, -h                         show help (also: kompass <command> --help)

Docs: docs/content-format.md`;

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  build: buildCommand,
};

/** Runs the CLI; resolves to the exit code. */
export async function run(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    if (name === 'help' && args[0] && COMMANDS[args[0]]) return COMMANDS[args[0]]!(['--help'], io);
    io.out(HELP);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`kompass: unknown command "${name}". Run "kompass --help" for the list of commands.`);
    return 2;
  }
  try {
    return await command(args, io);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`kompass ${name}: ${(e as Error).message.trim().replace(/\.?$/, '.')} Run "kompass ${name} --help".`);
      return 2;
    }
    io.err(`kompass ${name}: ${(e as Error).stack ?? String(e)}`);
    return 1;
  }
}
