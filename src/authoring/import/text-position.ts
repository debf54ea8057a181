/**
 * Where in a text a parser stopped, as a person finds it in an editor: line and column
 * (both from 1; a tab or a wide character counts as one column). Used to turn "position 42"
 * of JSON.parse and the XML reader's offsets into "line 3, column 7" of the input.
 */

import type { ImportMessages } from './messages.js';
import { jsonFaultOffset } from './json-error-offset.js';

export interface TextPosition {
  line: number;
  column: number;
}

/** The line and column of `offset` (a UTF-16 index) in `text`; past the end means after the last character. */
export function positionIn(text: string, offset: number): TextPosition {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: [...text.slice(lineStart, end)].length + 1 };
}

/** Where JSON.parse stopped: the position its error names ("… in JSON at position 42"), else found by reading the text again. */
export function jsonErrorOffset(text: string, error: unknown): number | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const at = /at position (\d+)/.exec(message);
  return at ? Number(at[1]) : jsonFaultOffset(text);
}

/**
 * The report line for a file JSON.parse refused: "pages.json, line 3, column 7: not valid
 * JSON (found "}")" in the report's language, or without a position when the error has none.
 */
export function jsonProblem(m: ImportMessages, file: string, text: string, error: unknown): string {
  const offset = jsonErrorOffset(text, error);
  if (offset === undefined) return m('common.badJson', { file });
  const { line, column } = positionIn(text, offset);
  const found = [...text.slice(offset)][0];
  if (found === undefined) return m('common.badJsonEnd', { file, line, column });
  return m('common.badJsonAt', { file, line, column, found: /\s/.test(found) ? JSON.stringify(found) : found });
}
