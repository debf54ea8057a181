/**
 * Validation problems: what is wrong, where (file, line, column, entry, field path) and
 * what to do about it. Shared by the loader, the validator, the pack builder and the CLI.
 */

import { problemText, type ProblemCode, type ProblemParams } from './problem-messages.js';

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** File path relative to the source folder, with `/` separators. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** Id of the entry, category, guide or synonym group the problem is in. */
  entryId?: string;
  /** Field path inside that item, e.g. `name.ar`, `steps[2].entries[0]`; empty for the file itself. */
  path: string;
  /** What is wrong, stable for tools and for the texts of every language (problem-messages.ts). */
  code: ProblemCode;
  /** The values the text names: ids, language codes, field names, numbers. */
  params: ProblemParams;
  /** Plain English: what is wrong and what to do (rendered from `code` and `params`). */
  message: string;
}

export type PathSegment = string | number;

/** `['steps', 2, 'entries', 0]` → `steps[2].entries[0]`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${seg}` : seg;
  }
  return out;
}

/** One line as the CLI prints it: `file:line:column  entry-id  field.path  message` (English). */
export function formatProblem(p: Problem): string {
  const message = p.severity === 'warning' ? `warning: ${p.message}` : p.message;
  return `${p.file}:${p.line}:${p.column}  ${p.entryId ?? '-'}  ${p.path || '-'}  ${message}`;
}

/** The CLI's lines in `lang` (language codes as written): `problemLines('de')(p)`. */
export function problemLines(lang: string): (p: Problem) => string {
  return (p) => {
    const text = problemText(p, lang);
    const message = p.severity === 'warning' ? problemText({ code: 'cli.warning', params: { text }, message: `warning: ${text}` }, lang) : text;
    return `${p.file}:${p.line}:${p.column}  ${p.entryId ?? '-'}  ${p.path || '-'}  ${message}`;
  };
}

/** Sorts by file, line, column, then message, so output is stable. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

export function countProblems(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const p of problems) if (p.severity === 'error') errors++;
  return { errors, warnings: problems.length - errors };
}
