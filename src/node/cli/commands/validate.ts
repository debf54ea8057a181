import { parseArgs } from 'node:util';
import { countProblems, formatProblem, type Problem } from '../../../authoring/problems.js';
import { loadAndValidate } from '../../source/validate-folder.js';
import { UsageError, type CliIo } from '../io.js';

export const VALIDATE_HELP = `Usage: kompass validate <source-dir>

Checks a source folder (municipality.yaml, categories.yaml, entries/, guides/,
synonyms.yaml) against the content format: JSON Schema, references between ids,
translations, opening hours, Markdown links.

Prints one problem per line:
  file:line:column  entry-id  field.path  message
("-" where there is no entry id or field; warnings are marked "warning:"),
then a count line.

Exit code: 0 when there are no errors (warnings allowed), 1 when there are errors,
2 on wrong usage.`;

/** `a problems, b warnings` — the count line. */
export function countLine(problems: readonly Problem[]): string {
  const { errors, warnings } = countProblems(problems);
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}

export function printProblems(problems: readonly Problem[], io: CliIo): void {
  for (const p of problems) io.out(formatProblem(p));
  io.out(countLine(problems));
}

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, strict: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    io.out(VALIDATE_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('validate needs exactly one source folder.');
  const { problems } = await loadAndValidate(positionals[0]!);
  printProblems(problems, io);
  return countProblems(problems).errors ? 1 : 0;
}
