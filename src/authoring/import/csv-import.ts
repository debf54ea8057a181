/**
 * Every spreadsheet kind behind one door (browser-safe): the kind told (`--kind`) or read
 * from the header (pages have parent/order, events dates/repeat, notices severity; else
 * entries), then the kind's export or import.
 */
import { parseCsv } from './csv.js';
import { decodeText } from './encoding.js';
import { exportEntriesCsv, prepareCsvImport, type CsvImportOptions, type CsvImportResult, type CsvPrepared } from './csv-entries.js';
import { evaluateImport } from './import-plan.js';
import { loadPlan, planSource } from '../source-plan.js';
import { detectKind, exportKindCsv, prepareKindCsvImport, type CsvKind, type KindSpec } from './csv-kind.js';
import { PAGES_CSV } from './csv-pages.js';
import { EVENTS_CSV } from './csv-events.js';
import { NOTICES_CSV } from './csv-notices.js';
import { importMessages } from './messages.js';
import type { SourceContent } from '../../pack/types.js';

export { CSV_KINDS, type CsvKind } from './csv-kinds.js';

const SPECS = [PAGES_CSV, EVENTS_CSV, NOTICES_CSV] as unknown as KindSpec<{ id: string }>[];
const specOf = (kind: CsvKind) => SPECS.find((s) => s.kind === kind);

/** How many items of a kind the source has (for "Wrote 32 pages"). */
export const countOf = (kind: CsvKind, content: SourceContent): number => (kind === 'entries' ? content.entries.length : (specOf(kind)!.items(content)?.length ?? 0));

export function exportCsv(kind: CsvKind, content: SourceContent, options: { delimiter?: string; bom?: boolean } = {}): string {
  const spec = specOf(kind);
  return spec ? exportKindCsv(spec, content, options) : exportEntriesCsv(content, options);
}

export interface AnyCsvImportOptions extends CsvImportOptions {
  /** The kind of the table; read from the header when not given. */
  kind?: CsvKind;
  /** The file's name, for the rows' locations (`pages.csv, row 4`). */
  file?: string;
}

/** Reads a spreadsheet of any kind into a copy of `existing` (see prepareCsvImport, prepareKindCsvImport); `kind` says which it was. */
export function prepareAnyCsvImport(input: string | Uint8Array, existing: SourceContent, options: AnyCsvImportOptions = {}): CsvPrepared & { kind: CsvKind } {
  const text = typeof input === 'string' ? input : decodeText(input).text;
  const kind = options.kind ?? detectKind(parseCsv(text, options.delimiter).header, SPECS);
  const spec = specOf(kind);
  if (!spec) return { ...prepareCsvImport(input, existing, options), kind };
  const prepared = prepareKindCsvImport(spec, input, existing, options);
  if (!options.kind) prepared.result.notes.unshift(importMessages(options.lang)('csv.kind', { kind: importMessages(options.lang)(`kind.${kind}`) }));
  return { ...prepared, kind };
}

/**
 * Imports a spreadsheet of any kind into a source held in memory (the editor): the same
 * rules, checks and report as `kompass import csv`; `content` is the source after the import
 * when nothing stops it.
 */
export function importCsvContent(input: string | Uint8Array, existing: SourceContent, options: AnyCsvImportOptions = {}): CsvImportResult & { content?: SourceContent; kind: CsvKind } {
  const prepared = prepareAnyCsvImport(input, existing, options);
  if (!prepared.content) return { ...prepared.result, kind: prepared.kind };
  const { report, content, stop } = evaluateImport(loadPlan(planSource(existing).files), prepared.content, { ...options, origins: prepared.origins, rejected: prepared.rejected });
  const out: CsvImportResult & { content?: SourceContent; kind: CsvKind } = { ...prepared.result, ...report, notes: [...prepared.result.notes, ...report.notes], kind: prepared.kind };
  if (!stop) out.content = content;
  return out;
}
