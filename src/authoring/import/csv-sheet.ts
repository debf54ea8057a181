/**
 * The opening every spreadsheet import shares (browser-safe): the bytes decoded (and the
 * encoding said), the rows parsed, a municipality to import into, the located line problems
 * and the columns Excel leaves empty. csv-entries.ts and csv-kind.ts go on from here.
 */
import { parseCsv, type ParsedCsv } from './csv.js';
import { cloneContent, emptyReport, type RejectedItem } from './import-plan.js';
import { decodeText } from './encoding.js';
import { emptyUnnamedColumns } from './csv-columns.js';
import type { ImportMessages } from './messages.js';
import type { CsvImportResult, CsvPrepared } from './csv-entries.js';
import type { SourceContent } from '../../pack/types.js';

export interface CsvSheet {
  parsed: ParsedCsv;
  result: CsvImportResult;
  origins: Map<string, string>;
  rejected: RejectedItem[];
  /** A copy of the source the rows are applied to. */
  content: SourceContent;
  /** Unnamed columns without a value in any row (Excel writes them). */
  emptyColumns: Set<number>;
}

/** The sheet ready for its columns, or what was found wrong with the file so far (nothing imported). */
export function readCsvSheet(input: string | Uint8Array, existing: SourceContent, m: ImportMessages, delimiter?: string): CsvSheet | CsvPrepared {
  const decoded = typeof input === 'string' ? undefined : decodeText(input);
  const parsed = parseCsv(decoded ? decoded.text : (input as string), delimiter);
  const result: CsvImportResult = { ...emptyReport(), fileErrors: [], delimiter: parsed.delimiter, rows: parsed.records.length };
  if (decoded) {
    result.encoding = decoded.encoding;
    result.notes.push(decoded.encoding === 'Windows-1252' ? m('csv.encodingLegacy') : m('csv.encoding', { encoding: decoded.encoding }));
  }
  const origins = new Map<string, string>();
  const rejected: RejectedItem[] = [];
  const content = cloneContent(existing);
  if (!content.municipality?.languages?.length || !content.municipality.defaultLanguage) {
    result.fileErrors.push(m('common.noMunicipality'));
    return { result, origins, rejected };
  }
  for (const p of parsed.problems) result.fileErrors.push(m('common.line', { line: p.line, message: p.message }));
  const emptyColumns = emptyUnnamedColumns(parsed.header, parsed.records);
  if (emptyColumns.size) result.notes.push(m('csv.emptyColumns', { count: emptyColumns.size }));
  return { parsed, result, origins, rejected, content, emptyColumns };
}
