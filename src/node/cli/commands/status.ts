import { countProblems } from '../../../authoring/problems.js';
import { translationStatus } from '../../../authoring/translation.js';
import { loadAndValidate } from '../../source/validate-folder.js';
import { UsageError, type CliIo } from '../io.js';
import { parse } from './args.js';

export const STATUS_HELP = `Usage: kompass status <source-dir> [--json] [--details]

Shows how complete each language is: for every language of the municipality, how many
texts are
  missing     no text in that language (readers see the default language)
  outdated    translated from an earlier version of the default-language text
  machine     machine-translated, not yet reviewed by a person
  done        translated from the current text (or without a record of its source)

Options:
  --json       print the matrix and every open item as JSON, for tools
  --details    also list each missing/outdated/machine text (key and language)
  --help, -h   show this help

A translation is outdated when its "from" (a short hash of the default-language text it
was made from) no longer matches the current default-language text. Imports and the
publish server record "from" for new translations and mark translations outdated when
the default text changes (unless --minor).

Exit code: 0, or 1 when the source cannot be read.`;

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));
const lpad = (s: string, n: number) => ' '.repeat(Math.max(0, n - s.length)) + s;

export async function statusCommand(args: string[], io: CliIo): Promise<number> {
  const { positionals, values } = parse(args, { json: { type: 'boolean' }, details: { type: 'boolean' } });
  if (values.help) {
    io.out(STATUS_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('status needs exactly one source folder.');
  const { source, problems } = await loadAndValidate(positionals[0]!);
  const m = source.content.municipality;
  if (!m?.defaultLanguage || !Array.isArray(m.languages)) {
    io.err('kompass status: municipality.yaml has no defaultLanguage/languages; run "kompass validate" first.');
    return 1;
  }
  const status = translationStatus(source.content);
  if (values.json) {
    io.out(JSON.stringify({ ...status, problems: countProblems(problems) }, null, 2));
    return 0;
  }
  io.out(`${status.texts} texts in the default language (${status.defaultLanguage}).`);
  io.out('');
  io.out(`${pad('language', 12)}${lpad('missing', 9)}${lpad('outdated', 10)}${lpad('machine', 9)}${lpad('done', 7)}${lpad('done %', 9)}`);
  for (const l of status.languages) {
    io.out(`${pad(l.code + (l.code === status.defaultLanguage ? '*' : ''), 12)}${lpad(String(l.missing), 9)}${lpad(String(l.outdated), 10)}${lpad(String(l.machine), 9)}${lpad(String(l.done), 7)}${lpad(`${Math.floor(l.doneShare * 100)} %`, 9)}`);
  }
  io.out('');
  io.out('* default language');
  if (values.details) {
    io.out('');
    for (const item of status.items) io.out(`${item.lang}  ${item.state}  ${item.key}`);
  }
  const c = countProblems(problems);
  if (c.errors) io.out(`Note: the source has ${c.errors} error${c.errors === 1 ? '' : 's'}; run "kompass validate".`);
  return 0;
}
