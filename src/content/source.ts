/// <reference types="node" />
/**
 * Reads a source folder (node only): `municipality.yaml`, `categories.yaml`,
 * `entries/*.yaml`, `guides/*.yaml` and the optional `synonyms.yaml`. Every file keeps its
 * YAML document and line counter, so any value can be traced back to `file:line:column`.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { PathSegment, Problem } from './problems.js';
import type { SourceCategory, SourceContent, SourceEntry, SourceGuide, SourceMunicipality, SynonymGroup } from './types.js';

export type SourceFileKind = 'municipality' | 'categories' | 'entry' | 'guide' | 'synonyms';

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

async function listYaml(dir: string): Promise<string[]> {
  try {
    const names = await readdir(dir);
    return names.filter((n) => /\.ya?ml$/i.test(n)).sort();
  } catch {
    return [];
  }
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
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
      message: `YAML syntax error: ${first}. Fix the YAML at this position (check indentation, colons and quotes).`,
    });
  }
  for (const warn of doc.warnings) {
    const pos = lineCounter.linePos(warn.pos[0]);
    problems.push({ severity: 'warning', file, line: pos.line, column: pos.col, path: '', message: `YAML: ${warn.message.split('\n')[0]}` });
  }
  const data = doc.errors.length ? undefined : (doc.toJS({ maxAliasCount: 100 }) as unknown);
  return { kind, file, text, doc, lineCounter, data };
}

/** Loads every file of a source folder. Never throws for content problems; reports them. */
export async function loadSource(dir: string): Promise<LoadedSource> {
  const problems: Problem[] = [];
  const files: SourceFile[] = [];
  const read = async (kind: SourceFileKind, rel: string, required: boolean): Promise<SourceFile | undefined> => {
    const text = await readOptional(join(dir, rel));
    if (text === undefined) {
      if (required)
        problems.push({ severity: 'error', file: rel, line: 1, column: 1, path: '', message: `${rel} is missing; create it in the source folder.` });
      return undefined;
    }
    const f = parseSourceFile(kind, rel, text, problems);
    files.push(f);
    return f;
  };

  const municipality = await read('municipality', 'municipality.yaml', true);
  const categories = await read('categories', 'categories.yaml', true);
  const entries: SourceFile[] = [];
  for (const name of await listYaml(join(dir, 'entries'))) {
    const f = await read('entry', `entries/${name}`, true);
    if (f) entries.push(f);
  }
  const guides: SourceFile[] = [];
  for (const name of await listYaml(join(dir, 'guides'))) {
    const f = await read('guide', `guides/${name}`, true);
    if (f) guides.push(f);
  }
  const synonyms = await read('synonyms', 'synonyms.yaml', false);

  const list = <T>(f: SourceFile | undefined): T[] => (Array.isArray(f?.data) ? (f.data as T[]) : []);
  const content: SourceContent = {
    municipality: (municipality?.data ?? {}) as SourceMunicipality,
    categories: list<SourceCategory>(categories),
    entries: entries.filter((f) => f.data !== undefined).map((f) => f.data as SourceEntry),
    guides: guides.filter((f) => f.data !== undefined).map((f) => f.data as SourceGuide),
    synonyms: list<SynonymGroup>(synonyms),
  };
  return { dir, files, problems, content };
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
