import { parseArgs } from 'node:util';
import { countProblems, problemLines, type Problem } from '../../../authoring/problems.js';
import { problemLanguage, problemMessages } from '../../../authoring/problem-messages.js';
import { loadAndValidate } from '../../source/validate-folder.js';
import { UsageError, type CliIo } from '../io.js';

export const VALIDATE_HELP = `Usage: kompass validate <source-dir> [--ui-lang de|en]

Checks a source folder (municipality.yaml, categories.yaml, entries/, guides/,
synonyms.yaml) against the content format: JSON Schema, references between ids,
translations, opening hours, Markdown links.

Prints one problem per line:
  file:line:column  entry-id  field.path  message
("-" where there is no entry id or field; warnings are marked "warning:"),
then a count line. Messages are in the language of --ui-lang, else of the system
(LC_ALL, LC_MESSAGES, LANG), else English.

Exit code: 0 when there are no errors (warnings allowed), 1 when there are errors,
2 on wrong usage.`;

/** `a errors, b warnings` — the count line (in `lang`, default English). */
export function countLine(problems: readonly Problem[], lang = 'en'): string {
  return problemMessages(lang)('cli.count', countProblems(problems));
}

export function printProblems(problems: readonly Problem[], io: CliIo, lang = 'en'): void {
  const line = problemLines(lang);
  for (const p of problems) io.out(line(p));
  io.out(countLine(problems, lang));
}

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, strict: true, options: { help: { type: 'boolean', short: 'h' }, 'ui-lang': { type: 'string' } } });
  if (values.help) {
    io.out(VALIDATE_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('validate needs exactly one source folder.');
  const { problems } = await loadAndValidate(positionals[0]!);
  printProblems(problems, io, problemLanguage(values['ui-lang'], process.env));
  return countProblems(problems).errors ? 1 : 0;
}
