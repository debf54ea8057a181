/**
 * The `kompass` command (node). `bin/kompass.js` calls `run` with the arguments; tests call
 * it with their own `io` and check the exit code it returns.
 */
import { buildCommand } from './commands/build.js';
import { exportCommand, importCommand } from './commands/interchange.js';
import { newCommand } from './commands/new.js';
import { publishCommand, rollbackCommand, serveCommand, tokenCommand } from './commands/server.js';
import { statusCommand } from './commands/status.js';
import { validateCommand } from './commands/validate.js';
import { UsageError, processIo, type CliIo } from './io.js';

export const HELP = `Usage: kompass <command> [options]

Commands:
  new <dir>                          create a source folder with a commented example
  validate <source-dir>              check a content source folder; list problems with file:line:column
  build <source-dir> --out <dir>     validate, then write the content pack (manifest, base, texts)
  status <source-dir> [--json]       translation coverage: language × missing/outdated/machine/done
  import csv <file> --into <dir>     entries from a spreadsheet (name@ar columns, ; or , , BOM)
  import hsds <dir-or-zip> --into <dir>       Open Referral HSDS 3.0
  import integreat <dir> --into <dir>         Integreat CMS API v3 JSON files
  import xliff <file> --into <dir>   translations back from an agency
  export csv|hsds|xliff <source-dir> --out <path>
  serve --content <data-dir>         the publish server: pack + editors' API (default port 8787)
  publish <source-dir> --content <data-dir>   publish a source folder as the next revision
  rollback <data-dir> <revision>     publish an earlier revision's source again
  token add|list|remove [<name>] --content <data-dir>   editors' API tokens

Options:
  --help, -h                         show help (also: kompass <command> --help)

Docs: docs/content-format.md, docs/publish-server.md, docs/hosting.md`;

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  new: newCommand,
  validate: validateCommand,
  build: buildCommand,
  status: statusCommand,
  import: importCommand,
  export: exportCommand,
  serve: serveCommand,
  publish: publishCommand,
  rollback: rollbackCommand,
  token: tokenCommand,
};

/** Runs the CLI; resolves to the exit code. */
export async function run(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    if (name === 'help' && args[0] && COMMANDS[args[0]]) return COMMANDS[args[0]]!([...args.slice(1), '--help'], io);
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
      const help = (e instanceof UsageError && e.help) || `Run "kompass ${name} --help".`;
      io.err(`kompass ${name}: ${(e as Error).message.trim().replace(/\.?$/, '.')} ${help}`);
      return 2;
    }
    io.err(`kompass ${name}: ${(e as Error).stack ?? String(e)}`);
    return 1;
  }
}
