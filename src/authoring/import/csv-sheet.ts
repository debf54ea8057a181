/**
 * The opening every spreadsheet import shares (browser-safe): the bytes decoded (and the
 * encoding said), the rows parsed, a municipality to import into, the located line problems
 * and the columns Excel leaves empty. csv-entries.ts and csv-kind.ts go on from here.
 */
import { parseCsv, type CsvRecord, type ParsedCsv } from './csv.js';
import { cloneContent, emptyReport, slugify, uniqueId, type RejectedItem } from './import-plan.js';
import { decodeText } from './encoding.js';
import { emptyUnnamedColumns, type Column } from './csv-columns.js';
import type { ImportMessageKey, ImportMessages } from './messages.js';
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
  for (const p of parsed.problems) result.fileErrors.push(m('common.line', { line: p.line, message: m(p.key) }));
  const emptyColumns = emptyUnnamedColumns(parsed.header, parsed.records);
  if (emptyColumns.size) result.notes.push(m('csv.emptyColumns', { count: emptyColumns.size }));
  return { parsed, result, origins, rejected, content, emptyColumns };
}

/** What names a row's item: its id column, else the title or name in the default language, from which an id is made. */
export interface RowNaming {
  idCol: Column | undefined;
  nameCol: Column | undefined;
  /** Ids already in use: made ids avoid them, and each row's id joins them. */
  taken: Set<string>;
  /** The prefix of a made id when the name gives no letters (`page`, `event`). */
  fallback?: string;
  noName: ImportMessageKey;
  duplicate: ImportMessageKey;
}

/**
 * Which item a row of a sheet is: its id, or one made from its name (said in a note). A row
 * with cells beyond the header, with neither id nor name, or with an id an earlier row had is
 * rejected with its row number and has no id. Ask row by row, in order.
 */
export class RowIds {
  private readonly rowOf = new Map<string, number>();

  constructor(
    private readonly sheet: CsvSheet,
    private readonly m: ImportMessages,
    private readonly naming: RowNaming,
  ) {}

  id(rec: CsvRecord, origin: string): string | undefined {
    const { m, naming, rowOf } = this;
    const { parsed, rejected, result } = this.sheet;
    const reject = (reason: string) => void rejected.push({ key: `row:${rec.row}`, origin, reasons: [reason] });
    const cell = (col: Column | undefined) => (col ? (rec.cells[col.index] ?? '').trim() : '');
    if (rec.cells.length > parsed.header.length && rec.cells.slice(parsed.header.length).some((c) => c.trim())) {
      return reject(m('csv.cellCount', { cells: rec.cells.length, header: parsed.header.length }));
    }
    let id = cell(naming.idCol);
    if (!id) {
      const name = cell(naming.nameCol);
      if (!name) return reject(m(naming.noName));
      id = uniqueId(slugify(name, naming.fallback), naming.taken);
      result.notes.push(m('csv.newId', { origin, id }));
    }
    if (rowOf.has(id)) return reject(m(naming.duplicate, { id, row: rowOf.get(id)! }));
    rowOf.set(id, rec.row);
    naming.taken.add(id);
    return id;
  }
}
