/**
 * Entries as a spreadsheet (node only): reading and writing CSV files and folders. The rules
 * themselves — columns, aliases, rows, encodings, the report — are browser-safe in
 * src/authoring/import/csv-entries.ts.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { exportEntriesCsv, prepareCsvImport, type CsvImportOptions, type CsvImportResult } from '../../authoring/import/csv-entries.js';
import { parseCsv } from '../../authoring/import/csv.js';
import { commitImport, loadExisting } from './import-files.js';
import { emptyReport } from '../../authoring/import/import-plan.js';
import type { SourceContent } from '../../pack/types.js';
import { decodeText } from '../../authoring/import/encoding.js';
import { importMessages } from '../../authoring/import/messages.js';

/** Imports entries from CSV text or a file's bytes (encoding detected) into the source folder `dir` (which must exist). */
export async function importEntriesCsv(input: string | Uint8Array, dir: string, options: CsvImportOptions = {}): Promise<CsvImportResult> {
  const existing = await loadExisting(dir);
  if (!existing) {
    const parsed = parseCsv(typeof input === 'string' ? input : decodeText(input).text, options.delimiter);
    return { ...emptyReport(), fileErrors: [importMessages(options.lang)('common.notSourceFolder', { dir })], delimiter: parsed.delimiter, rows: parsed.records.length };
  }
  const { result, content, origins, rejected } = prepareCsvImport(input, existing.content, options);
  if (!content) return result;
  const report = await commitImport(dir, existing, content, { ...options, origins, rejected });
  return { ...result, ...report, notes: [...result.notes, ...report.notes] };
}

export async function importEntriesCsvFile(file: string, dir: string, options: CsvImportOptions = {}): Promise<CsvImportResult> {
  return importEntriesCsv(new Uint8Array(await readFile(file)), dir, options);
}

export async function exportEntriesCsvFile(content: SourceContent, file: string, options: { delimiter?: string; bom?: boolean } = {}): Promise<void> {
  await writeFile(file, exportEntriesCsv(content, options), 'utf8');
}
