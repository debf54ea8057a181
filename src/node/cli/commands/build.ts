import { parseArgs } from 'node:util';
import { buildFromSource } from '../../build/build-pack.js';
import { UsageError, type CliIo } from '../io.js';
import { problemLanguage } from '../../../authoring/problem-messages.js';
import { countLine, printProblems } from './validate.js';

export const BUILD_HELP = `Usage: kompass build <source-dir> --out <dir> [--date YYYY-MM-DD] [--revision N]

Validates the source folder and, if it has no errors, writes the content pack:
  <dir>/manifest.json
  <dir>/base.<hash>.json
  <dir>/text/<lang>.<hash>.json   (one per language)

Options:
  --out, -o <dir>      output folder (created if missing)
  --date YYYY-MM-DD    build date: start of the 18-month opening-hours window and the
                       "published" date (default: SOURCE_DATE_EPOCH, else today)
  --revision N         set the revision; by default the previous manifest's revision is
                       kept when nothing changed and increased by one otherwise
  --ui-lang de|en      language of the problem lines (default: from LANG, else English)
  --help, -h           show this help

The same source and the same --date always give byte-identical files. Files are written
to a temporary folder first; manifest.json is replaced last.

Exit code: 0 built, 1 the source has errors (nothing written), 2 wrong usage.`;

export async function buildCommand(args: string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      out: { type: 'string', short: 'o' },
      date: { type: 'string' },
      revision: { type: 'string' },
      'ui-lang': { type: 'string' },
    },
  });
  const lang = problemLanguage(values['ui-lang'], process.env);
  if (values.help) {
    io.out(BUILD_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('build needs exactly one source folder.');
  if (!values.out) throw new UsageError('build needs --out <dir>.');
  if (values.date !== undefined && !isDate(values.date)) throw new UsageError(`--date "${values.date}" is not a date; use YYYY-MM-DD.`);
  let revision: number | undefined;
  if (values.revision !== undefined) {
    if (!/^[1-9]\d*$/.test(values.revision)) throw new UsageError(`--revision "${values.revision}" is not a positive whole number.`);
    revision = Number(values.revision);
  }
  const options: { date?: string; revision?: number } = {};
  if (values.date !== undefined) options.date = values.date;
  if (revision !== undefined) options.revision = revision;
  const result = await buildFromSource(positionals[0]!, values.out, options);
  if (!result.pack) {
    printProblems(result.problems, io, lang);
    io.err('Not built: fix the errors above first.');
    return 1;
  }
  if (result.problems.length) printProblems(result.problems, io, lang);
  const m = result.pack.manifest;
  io.out(
    `Built revision ${m.revision}${result.changed ? '' : ' (unchanged)'} into ${values.out}: ${m.base.file}, ${m.languages
      .map((l) => `${l.file} (${Math.round(l.completeness * 100)} %)`)
      .join(', ')}`,
  );
  if (!result.problems.length) io.out(countLine(result.problems));
  return 0;
}

function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
