/**
 * CSV as spreadsheets write it (RFC 4180 plus what Excel does in Germany): UTF-8 with or
 * without a byte-order mark, `;` or `,` (or tab) as separator — sniffed from the header
 * line — quoted cells with `""` for a quote, line breaks inside quoted cells, CRLF or LF.
 */

export interface CsvRecord {
  /** The spreadsheet row number: the header is row 1. */
  row: number;
  /** The line in the file where the record starts (1-based); differs from `row` after multi-line cells. */
  line: number;
  cells: string[];
}

export interface ParsedCsv {
  delimiter: string;
  header: string[];
  records: CsvRecord[];
  /** Problems of the file itself (an unclosed quote), with line numbers; `key` is the report's message. */
  problems: { line: number; key: 'csv.unclosedQuote' }[];
}

/** Picks the separator that occurs most often outside quotes in the header line. */
export function sniffDelimiter(text: string): string {
  let inQuotes = false;
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) break;
    else if (!inQuotes && c in counts) counts[c]!++;
  }
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : ';';
}

export function parseCsv(input: string, delimiter?: string): ParsedCsv {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = delimiter ?? sniffDelimiter(text);
  const rows: { line: number; cells: string[] }[] = [];
  const problems: ParsedCsv['problems'] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const startLine = line;
    const cells: string[] = [];
    let cell = '';
    let done = false;
    while (!done) {
      if (i >= n) {
        cells.push(cell);
        break;
      }
      const c = text[i]!;
      if (c === '"' && cell.trim() === '') {
        // A quoted cell (spaces before the quote are tolerated and dropped).
        cell = '';
        i++;
        const quoteLine = line;
        let closed = false;
        while (i < n) {
          const d = text[i]!;
          if (d === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (d === '\r') {
            if (text[i + 1] === '\n') i++;
            cell += '\n';
            line++;
          } else if (d === '\n') {
            cell += '\n';
            line++;
          } else cell += d;
          i++;
        }
        if (!closed) problems.push({ line: quoteLine, key: 'csv.unclosedQuote' });
        // Anything between the closing quote and the separator is kept (Excel does the same).
        while (i < n && text[i] !== sep && text[i] !== '\n' && text[i] !== '\r') cell += text[i++];
        continue;
      }
      if (c === sep) {
        cells.push(cell);
        cell = '';
        i++;
      } else if (c === '\n' || c === '\r') {
        if (c === '\r' && text[i + 1] === '\n') i++;
        i++;
        line++;
        cells.push(cell);
        done = true;
      } else {
        cell += c;
        i++;
      }
    }
    if (cells.every((c) => c.trim() === '')) continue; // an empty line, or one of only separators (Excel writes those)
    rows.push({ line: startLine, cells });
  }
  const [head, ...rest] = rows;
  return {
    delimiter: sep,
    header: (head?.cells ?? []).map((h) => h.trim()),
    records: rest.map((r, k) => ({ row: k + 2, line: r.line, cells: r.cells })),
    problems,
  };
}

function quoteCell(value: string, sep: string): string {
  if (value === '' || !(value.includes(sep) || /["\r\n]/.test(value) || /^\s|\s$/.test(value))) return value;
  return `"${value.replace(/"/g, '""')}"`;
}

/**
 * Writes CSV the way Excel reads it: a byte-order mark (so Excel detects UTF-8), CRLF line
 * ends, `;` by default (German Excel), cells quoted only where needed.
 */
export function stringifyCsv(header: readonly string[], rows: readonly (readonly string[])[], options: { delimiter?: string; bom?: boolean } = {}): string {
  const sep = options.delimiter ?? ';';
  const lines = [header, ...rows].map((r) => r.map((c) => quoteCell(c, sep)).join(sep));
  return `${options.bom === false ? '' : '\ufeff'}${lines.join('\r\n')}\r\n`;
}
