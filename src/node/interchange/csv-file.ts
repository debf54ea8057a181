/**
 * Spreadsheets (node only): reading and writing CSV files of entries, pages, events and
 * notices. The rules themselves — columns, aliases, rows, encodings, the report — are
 * browser-safe in src/authoring/import/csv-entries.ts and csv-kind.ts (csv-import.ts picks the kind).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { exportEntriesCsv, type CsvImportOptions, type CsvImportResult } from '../../authoring/import/csv-entries.js';
import { prepareAnyCsvImport, type AnyCsvImportOptions, type CsvKind } from '../../authoring/import/csv-import.js';
import { parseCsv } from '../../authoring/import/csv.js';
import { commitImport, loadExisting } from './import-files.js';
import { emptyReport } from '../../authoring/import/import-plan.js';
import type { SourceContent } from '../../pack/types.js';
import { decodeText } from '../../authoring/import/encoding.js';
import { importMessages } from '../../authoring/import/messages.js';

/** Imports a spreadsheet of any kind (told, or read from the header) from CSV text or a file's bytes (encoding detected) into the source folder `dir` (which must exist). */
export async function importCsv(input: string | Uint8Array, dir: string, options: AnyCsvImportOptions = {}): Promise<CsvImportResult & { kind?: CsvKind }> {
  const existing = await loadExisting(dir);
  if (!existing) {
    const parsed = parseCsv(typeof input === 'string' ? input : decodeText(input).text, options.delimiter);
    return { ...emptyReport(), fileErrors: [importMessages(options.lang)('common.notSourceFolder', { dir })], delimiter: parsed.delimiter, rows: parsed.records.length };
  }
  const { result, content, origins, rejected, kind } = prepareAnyCsvImport(input, existing.content, options);
  if (!content) return { ...result, kind };
  const report = await commitImport(dir, existing, content, { ...options, origins, rejected });
  return { ...result, ...report, notes: [...result.notes, ...report.notes], kind };
}

/** Imports entries from CSV text or a file's bytes into the source folder `dir`. */
export async function importEntriesCsv(input: string | Uint8Array, dir: string, options: CsvImportOptions = {}): Promise<CsvImportResult> {
  return importCsv(input, dir, { ...options, kind: 'entries' });
}

export async function importEntriesCsvFile(file: string, dir: string, options: CsvImportOptions = {}): Promise<CsvImportResult> {
  return importEntriesCsv(new Uint8Array(await readFile(file)), dir, options);
}

/** Imports a CSV file of any kind; rows are located by the file's name. */
export async function importCsvFile(file: string, dir: string, options: AnyCsvImportOptions = {}): Promise<CsvImportResult & { kind?: CsvKind }> {
  return importCsv(new Uint8Array(await readFile(file)), dir, { file: basename(file), ...options });
}

export async function exportEntriesCsvFile(content: SourceContent, file: string, options: { delimiter?: string; bom?: boolean } = {}): Promise<void> {
  await writeFile(file, exportEntriesCsv(content, options), 'utf8');
}
