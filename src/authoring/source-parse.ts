/**
 * Parsing source files (browser-safe): a YAML text becomes a `SourceFile` that keeps its
 * document and line counter, so any value can be traced back to `file:line:column`. Used by
 * the folder loader (source.ts, node) and, in memory, by the editor's validation.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { PathSegment, Problem } from './problems.js';
import { problem } from './problem-messages.js';
import type { SourceContent } from '../pack/types.js';

export type SourceFileKind = 'municipality' | 'categories' | 'entry' | 'guide' | 'synonyms' | 'event' | 'notices' | 'page';

export interface SourceFile {
  kind: SourceFileKind;
  /** Relative to the source folder, `/`-separated. */
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The parsed value; `undefined` when the file has YAML syntax errors. */
  data: unknown;
}

export interface LoadedSource {
  dir: string;
  files: SourceFile[];
  /** Missing files and YAML syntax errors. */
  problems: Problem[];
  /**
   * The content as parsed, not yet validated: run `validateSource` before trusting its shape.
   * Files with syntax errors are left out.
   */
  content: SourceContent;
}

export interface Position {
  line: number;
  column: number;
}

/** Parses one YAML text; syntax errors become problems with their position. */
export function parseSourceFile(kind: SourceFileKind, file: string, text: string, problems: Problem[]): SourceFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { keepSourceTokens: true, lineCounter, prettyErrors: false, uniqueKeys: true });
  for (const err of doc.errors) {
    const pos = lineCounter.linePos(err.pos[0]);
    const first = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
    problems.push({
      severity: 'error',
      file,
      line: pos.line,
      column: pos.col,
      path: '',
      ...problem('yaml.syntax', { detail: first }),
    });
  }
  for (const warn of doc.warnings) {
    const pos = lineCounter.linePos(warn.pos[0]);
    problems.push({ severity: 'warning', file, line: pos.line, column: pos.col, path: '', ...problem('yaml.warning', { detail: warn.message.split('\n')[0]! }) });
  }
  const data = doc.errors.length ? undefined : (doc.toJS({ maxAliasCount: 100 }) as unknown);
  return { kind, file, text, doc, lineCounter, data };
}

/**
 * A file made from known data (the editor's working copy, a publish): its text is the YAML
 * that data is written as, so it has no syntax errors and parses back to the same value.
 * The text is made and parsed only when a problem needs its position: validating 5,000 entries
 * then parses the few files with problems, not all of them (parsing was most of the time).
 */
export function plannedSourceFile(kind: SourceFileKind, file: string, text: () => string, data: unknown): SourceFile {
  let parsed: { doc: Document.Parsed; lineCounter: LineCounter } | undefined;
  const parse = () => {
    if (!parsed) {
      const lineCounter = new LineCounter();
      parsed = { doc: parseDocument(text(), { keepSourceTokens: true, lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
    }
    return parsed;
  };
  return {
    kind,
    file,
    get text() {
      return text();
    },
    // As YAML would give it back: no undefined fields, plain JSON values.
    data: isPlainJson(data) ? data : (JSON.parse(JSON.stringify(data)) as unknown),
    get doc() {
      return parse().doc;
    },
    get lineCounter() {
      return parse().lineCounter;
    },
  };
}

/** Whether a value is already what JSON (and so YAML) would give back: no undefined fields, no dates, no non-finite numbers. */
function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    for (const v of value) if (!isPlainJson(v)) return false;
    return true;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const k in value) if (!isPlainJson((value as Record<string, unknown>)[k])) return false;
  return true;
}

/**
 * Finds the node at `path` in a file and returns its position. When the path does not exist
 * (a missing field), the position of the deepest existing parent is returned. With
 * `key: true`, the position of the map key rather than its value.
 */
export function locate(file: SourceFile, path: readonly PathSegment[], options: { key?: boolean } = {}): Position {
  let node: unknown = file.doc.contents;
  let pos: number = (node as Node | null)?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && (isScalar(p.key) ? p.key.value : p.key) === seg);
      if (!pair) break;
      const keyNode = pair.key as Node | null;
      const value = pair.value as Node | null;
      const last = i === path.length - 1;
      if (last && options.key && keyNode?.range) {
        pos = keyNode.range[0];
        break;
      }
      if (value?.range && !(isScalar(value) && value.value === null && value.range[0] === value.range[1])) pos = value.range[0];
      else if (keyNode?.range) pos = keyNode.range[0];
      node = value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item?.range) break;
      pos = item.range[0];
      node = item;
    } else break;
  }
  const lp = file.lineCounter.linePos(pos);
  return { line: lp.line, column: lp.col };
}

/** Offset (0-based) of a scalar's first character of content: skips an opening quote. */
export function scalarContentOffset(file: SourceFile, path: readonly PathSegment[]): { offset: number; plain: boolean } | undefined {
  const node = file.doc.getIn(path as PathSegment[], true) as Node | undefined;
  if (!isScalar(node) || !node.range) return undefined;
  const type = node.type;
  if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') return { offset: node.range[0] + 1, plain: type === 'QUOTE_SINGLE' };
  if (type === 'PLAIN') return { offset: node.range[0], plain: true };
  return undefined;
}
