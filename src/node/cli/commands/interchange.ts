import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importCsvFile } from '../../interchange/csv-file.js';
import { CSV_KINDS, countOf, exportCsv, type CsvKind } from '../../../authoring/import/csv-import.js';
import { exportHsds, importHsds } from '../../interchange/hsds.js';
import { importIntegreat } from '../../interchange/integreat.js';
import { ENTRY_KINDS } from '../../../pack/types.js';
import { exportXliff, importXliffFile } from '../../interchange/xliff.js';
import { loadAndValidate } from '../../source/validate-folder.js';
import { UsageError, type CliIo } from '../io.js';
import { DELIMITERS, parse } from './args.js';
import { printImportReport } from './report.js';
import { importMessages, reportLanguage, type ImportMessageKey, type ImportMessages } from '../../../authoring/import/messages.js';
import type { Params } from '../../../authoring/message-table.js';

export const IMPORT_HELP = `Usage: kompass import <format> <file-or-dir> --into <source-dir> [options]

Formats:
  csv <file>              a spreadsheet of entries, pages, events or notices (the kind is
                          read from the header): one row per item, texts per language (title@ar)
  hsds <dir-or-zip>       Open Referral HSDS 3.0 (organizations, services, locations, …)
  integreat <dir>         Integreat CMS API v3 JSON (languages, locations, pages)
  xliff <file>            translations back from a translation agency (XLIFF 2.x)

Options:
  --into <dir>            the source folder to import into (csv, xliff: must exist)
  --partial               import the valid rows/items even if some are rejected
  --dry-run               check and report, write nothing
  --minor                 changed default-language texts are small fixes: do not mark
                          their translations outdated
  --machine               mark imported translations as machine-translated
  --delimiter <; , tab>   csv: the separator (default: sniffed from the header)
  --lang <code>           hsds: the language of the HSDS texts (default: the default language)
  --kind <kind>           csv: entries, pages, events or notices (default: from the header);
                          hsds, integreat: kind of new entries (default: other)
  --category <id>         hsds: category of new entries without one
  --state <code>          integreat: German state, when creating a new source folder
  --ui-lang <de|en>       the language of the report (default: from LANG, else English)
  --help, -h              show this help (also: kompass import <format> --help)

Nothing is half-written: the source folder changes only if the whole import is valid
(unless --partial). Every rejected row/item is listed with its row number (or file and
position) and the reason. Importing what "kompass export" wrote changes nothing.

Exit code: 0 imported, 1 rows/items rejected or the source has errors, 2 wrong usage.`;

export const EXPORT_HELP = `Usage: kompass export <format> <source-dir> --out <file-or-dir> [options]

Formats:
  csv                     one row per entry, page, event or notice (--kind; UTF-8 with BOM,
                          ";" — opens in German Excel)
  hsds                    Open Referral HSDS 3.0 as CSV tables + datapackage.json (a folder)
  xliff                   XLIFF 2.0, one file per target language, only missing/outdated texts

Options:
  --out <path>            csv: the file; hsds, xliff: the folder
  --kind <kind>           csv: entries (default), pages, events or notices
  --delimiter <; , tab>   csv: the separator (default ;)
  --no-bom                csv: without the byte-order mark
  --lang <code>           hsds: the language of the exported texts; xliff: only this target language
  --all                   xliff: every text, not only missing/outdated ones
  --ui-lang <de|en>       the language of the messages (default: from LANG, else English)
  --help, -h              show this help`;

const CSV_IMPORT_HELP = `Usage: kompass import csv <file.csv> --into <source-dir> [--kind entries|pages|events|notices] [--partial] [--dry-run] [--minor] [--machine] [--delimiter ;]

One file is one kind: entries, pages, events or notices ("kompass export csv --kind …"
writes each). The kind is read from the header (parent/order: pages; dates/repeat/place:
events; severity/entries: notices; else entries) unless --kind says it.

Entries — columns (any subset, any order; the header row names them):
  id                         the entry's id; empty: made from name (new entry)
  kind                       Behörde, Beratung, Verein, Kurs, … (or authority, counselling, …)
  categories                 names or ids separated by commas (Beratung, Arbeit)
  name@<lang>, summary@<lang>, description@<lang>, hoursNote@<lang>, addressExtra@<lang>, gettingThere@<lang>
                             one column per language, e.g. name@de, name@ar; "name" alone
                             means the default language. description is Markdown.
  street, postalCode, city   the address
  lat, lon                   optional (50,9375 and 50.9375 both work); without them the
                             entry is simply not on "near me"
  openingHours               OpenStreetMap syntax: Mo-Fr 08:00-12:00
  phone, phoneLabel@<lang>, phone2, phone2Label@<lang>, …
  email, website, appointment (yes/no, ja/nein), appointmentUrl
  languages                  spoken on site, by name or code: "Deutsch, Arabisch" or "de, ar"
  wheelchair                 yes/limited/no/unknown (ja/eingeschränkt/nein/unbekannt)
  lastChecked                2026-11-02 or 02.11.2026
  keywords@<lang>            search words separated by commas
  extra                      JSON, as exported
German headers work too (Name, Straße, PLZ, Ort, Telefon, E-Mail, Öffnungszeiten, …);
other columns are kept in each entry's "extra".

Pages: id, parent (a page's id), order (1, 2, …), icon, title@<lang>, text@<lang> (Markdown;
  also "body"), links (entry, guide and page ids, separated by spaces or commas; "page:x"
  where an id is used twice), attachments@<lang> (one [Title](https://…) per line), extra.
Events: id, title@<lang>, description@<lang>, place (an entry's id or name), street,
  postalCode, city, addressExtra@<lang>, organizer, languages, cost@<lang>, registration
  (yes/no), registrationUrl, registrationPhone, registrationNote@<lang>,
  dates ("2027-01-12 15:00-17:00, 2027-01-19 15:00-17:00": one time for all dates) or
  repeat ("weekly Tue 15:00-17:00", "every 2 weeks Thu", "monthly first Mon, third Wed
  18:00-20:00", "monthly last Sat"; German: "wöchentlich Di", "monatlich erster Mo"),
  from, until, except (dates), holidays (yes: left out), extra.
Notices: id, entries (ids or names; empty: the whole town), severity (info, warning,
  urgent), from, until, closed (yes/no), text@<lang>.
Unknown columns in pages, events and notices are an error of the file.

A row with an existing id updates that entry; only the columns present are changed, and
an empty cell removes that field. The encoding is detected and said (UTF-8 with or without
BOM, Windows-1252 as German Excel's "CSV (Trennzeichen-getrennt)", UTF-16 "Unicode text");
";", "," or tab is detected; empty columns without a header are ignored; cells may span
lines when quoted. Rows are numbered as in the spreadsheet (header = 1). --dry-run lists
what would change, field by field.`;

/** Wrong usage of `kompass <command>`, said in the report's language. */
const usage = (m: ImportMessages, command: 'import' | 'export', key: ImportMessageKey, params?: Params) => new UsageError(m(key, params), m('usage.help', { command }));

/** `value` if it is one of `values`; else wrong usage of `option`. */
function oneOf<T extends string>(m: ImportMessages, command: 'import' | 'export', option: string, value: string | undefined, values: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(values as readonly string[]).includes(value)) throw usage(m, command, 'usage.notOneOf', { option, value, values: values.join(', ') });
  return value as T;
}

/** `--delimiter`, checked: ; , or tab (also by name). */
function delimiter(m: ImportMessages, command: 'import' | 'export', value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const d = DELIMITERS[value];
  if (!d) throw usage(m, command, 'usage.notOneOf', { option: '--delimiter', value, values: '; , tab' });
  return d;
}

export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const [format, ...rest] = args;
  if (!format || format === '--help' || format === '-h') {
    io.out(IMPORT_HELP);
    return format ? 0 : 2;
  }
  const { positionals, values } = parse(rest, {
    into: { type: 'string' },
    partial: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    minor: { type: 'boolean' },
    machine: { type: 'boolean' },
    delimiter: { type: 'string' },
    lang: { type: 'string' },
    kind: { type: 'string' },
    category: { type: 'string' },
    state: { type: 'string' },
    id: { type: 'string' },
    'ui-lang': { type: 'string' },
  });
  const common = { partial: !!values.partial, dryRun: !!values['dry-run'], minor: !!values.minor, machine: !!values.machine };
  const uiLang = reportLanguage(values['ui-lang'], process.env);
  const m = importMessages(uiLang);
  switch (format) {
    case 'csv': {
      if (values.help) {
        io.out(CSV_IMPORT_HELP);
        return 0;
      }
      if (positionals.length !== 1) throw usage(m, 'import', 'usage.oneCsv');
      const into = values.into;
      if (!into) throw usage(m, 'import', 'usage.needInto', { format });
      const sep = delimiter(m, 'import', values.delimiter);
      const kind = oneOf<CsvKind>(m, 'import', '--kind', values.kind, CSV_KINDS);
      const result = await importCsvFile(positionals[0]!, into, { ...common, lang: uiLang, ...(sep ? { delimiter: sep } : {}), ...(kind ? { kind } : {}) });
      if (result.fileErrors.length) {
        for (const e of result.fileErrors) io.err(`${positionals[0]}: ${e}`);
        io.err(m('report.nothingWritten'));
        return 1;
      }
      io.out(m('report.read', { rows: result.rows, delimiter: result.delimiter === '\t' ? 'tab' : result.delimiter }));
      return printImportReport(result, io, { ...common, lang: uiLang, what: 'rows' });
    }
    case 'hsds':
    case 'integreat':
    case 'xliff': {
      if (values.help) {
        io.out(IMPORT_HELP);
        return 0;
      }
      if (positionals.length !== 1) throw usage(m, 'import', format === 'xliff' ? 'usage.oneFile' : format === 'hsds' ? 'usage.oneFolderOrZip' : 'usage.oneFolder', { format });
      const into = values.into;
      if (!into) throw usage(m, 'import', 'usage.needInto', { format });
      oneOf(m, 'import', '--kind', values.kind, ENTRY_KINDS);
      const input = positionals[0]!;
      const result =
        format === 'hsds'
          ? await importHsds(input, into, { ...common, uiLang, ...(values.lang ? { lang: values.lang } : {}), ...(values.kind ? { kind: values.kind } : {}), ...(values.category ? { category: values.category } : {}) })
          : format === 'integreat'
            ? await importIntegreat(input, into, { ...common, uiLang, ...(values.kind ? { kind: values.kind } : {}), ...(values.state ? { state: values.state } : {}), ...(values.id ? { id: values.id } : {}) })
            : await importXliffFile(input, into, { ...common, uiLang });
      if (result.fileErrors.length) {
        for (const e of result.fileErrors) io.err(`${input}: ${e}`);
        io.err(m('report.nothingWritten'));
        return 1;
      }
      return printImportReport(result, io, { ...common, lang: uiLang, what: format === 'hsds' ? 'services' : format === 'integreat' ? 'items' : 'units' });
    }
    default:
      throw usage(m, 'import', 'usage.unknownImport', { format });
  }
}

export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const [format, ...rest] = args;
  if (!format || format === '--help' || format === '-h') {
    io.out(EXPORT_HELP);
    return format ? 0 : 2;
  }
  const { positionals, values } = parse(rest, {
    out: { type: 'string', short: 'o' },
    delimiter: { type: 'string' },
    'no-bom': { type: 'boolean' },
    lang: { type: 'string' },
    all: { type: 'boolean' },
    kind: { type: 'string' },
    'ui-lang': { type: 'string' },
  });
  if (values.help) {
    io.out(EXPORT_HELP);
    return 0;
  }
  const m = importMessages(reportLanguage(values['ui-lang'], process.env));
  if (!['csv', 'hsds', 'xliff'].includes(format)) throw usage(m, 'export', 'usage.unknownExport', { format });
  if (positionals.length !== 1) throw usage(m, 'export', 'usage.oneSource', { format });
  const out = values.out;
  if (!out) throw usage(m, 'export', 'usage.needOut', { format });
  const { source } = await loadAndValidate(positionals[0]!);
  if (!source.content.municipality?.defaultLanguage || !Array.isArray(source.content.municipality.languages)) {
    io.err(`kompass export: ${m('export.noMunicipality', { dir: positionals[0]! })}`);
    return 1;
  }
  const langs = source.content.municipality.languages;
  switch (format) {
    case 'csv': {
      const sep = delimiter(m, 'export', values.delimiter) ?? ';';
      const kind = oneOf<CsvKind>(m, 'export', '--kind', values.kind, CSV_KINDS) ?? 'entries';
      await writeFile(out, exportCsv(kind, source.content, { delimiter: sep, bom: !values['no-bom'] }), 'utf8');
      io.out(m('export.csv', { count: countOf(kind, source.content), kind: m(`kind.${kind}`), out }));
      return 0;
    }
    case 'hsds': {
      const lang = values.lang;
      if (lang && !langs.includes(lang)) throw usage(m, 'export', 'usage.langNotInTown', { lang, langs });
      const written = await exportHsds(source.content, out, lang);
      io.out(m('export.hsds', { count: source.content.entries.length, out, files: written }));
      return 0;
    }
    case 'xliff': {
      const docs = exportXliff(source.content, { ...(values.lang ? { only: values.lang } : {}), all: !!values.all });
      if (values.lang && !docs.length) throw usage(m, 'export', 'usage.langNotTranslation', { lang: values.lang, langs: langs.filter((l) => l !== source.content.municipality.defaultLanguage) });
      await mkdir(out, { recursive: true });
      for (const d of docs) {
        const file = join(out, `${source.content.municipality.id}.${d.lang}.xlf`);
        await writeFile(file, d.xml, 'utf8');
        io.out(m('export.xliff', { file, count: d.units }));
      }
      return 0;
    }
    default:
      throw usage(m, 'export', 'usage.unknownExport', { format });
  }
}
