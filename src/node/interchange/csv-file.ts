/// <reference types="node" />
/**
 * Entries as a spreadsheet (node only): reading and writing CSV files and folders. The rules
 * themselves — columns, aliases, rows, the report — are browser-safe in csv-entries-core.ts.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { exportEntriesCsv, prepareCsvImport, type CsvImportOptions, type CsvImportResult } from '../../authoring/import/csv-entries.js';
import { parseCsv } from '../../authoring/import/csv.js';
import { commitImport, loadExisting } from './import-files.js';
import { emptyReport } from '../../authoring/import/import-plan.js';
import type { SourceContent } from '../../pack/types.js';


/** Imports entries from CSV text into the source folder `dir` (which must exist). */
export async function importEntriesCsv(csvText: string, dir: string, options: CsvImportOptions = {}): Promise<CsvImportResult> {
  const existing = await loadExisting(dir);
  if (!existing) {
    const parsed = parseCsv(csvText, options.delimiter);
    return { ...emptyReport(), fileErrors: [`${dir} is not a source folder (municipality.yaml is missing); create one with "kompass new" first.`], delimiter: parsed.delimiter, rows: parsed.records.length };
  }
  const { result, content, origins, rejected } = prepareCsvImport(csvText, existing.content, options);
  if (!content) return result;
  const report = await commitImport(dir, existing, content, { ...options, origins, rejected });
  return { ...result, ...report, notes: [...result.notes, ...report.notes] };
}

export async function importEntriesCsvFile(file: string, dir: string, options: CsvImportOptions = {}): Promise<CsvImportResult> {
  return importEntriesCsv(await readFile(file, 'utf8'), dir, options);
}

export async function exportEntriesCsvFile(content: SourceContent, file: string, options: { delimiter?: string; bom?: boolean } = {}): Promise<void> {
  await writeFile(file, exportEntriesCsv(content, options), 'utf8');
}
