/// <reference types="node" />
/**
 * Reads a source folder (node only): `municipality.yaml`, `categories.yaml`,
 * `entries/*.yaml`, `guides/*.yaml` and the optional `synonyms.yaml`, `events/*.yaml`,
 * `notices.yaml` and `pages/*.yaml`. Every file keeps its
 * YAML document and line counter, so any value can be traced back to `file:line:column`.
 * The parsing itself is browser-safe and lives in source-parse.ts.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../../authoring/problems.js';
import { problem } from '../../authoring/problem-messages.js';
import { parseSourceFile, type LoadedSource, type SourceFile, type SourceFileKind } from '../../authoring/source-parse.js';
import type { SourceCategory, SourceContent, SourceEntry, SourceEvent, SourceGuide, SourceMunicipality, SourceNotice, SourcePage, SynonymGroup } from '../../pack/types.js';


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

/** Loads every file of a source folder. Never throws for content problems; reports them. */
export async function loadSource(dir: string): Promise<LoadedSource> {
  const problems: Problem[] = [];
  const files: SourceFile[] = [];
  const read = async (kind: SourceFileKind, rel: string, required: boolean): Promise<SourceFile | undefined> => {
    const text = await readOptional(join(dir, rel));
    if (text === undefined) {
      if (required)
        problems.push({ severity: 'error', file: rel, line: 1, column: 1, path: '', ...problem('file.missing', { file: rel }) });
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
  const events: SourceFile[] = [];
  for (const name of await listYaml(join(dir, 'events'))) {
    const f = await read('event', `events/${name}`, true);
    if (f) events.push(f);
  }
  const notices = await read('notices', 'notices.yaml', false);
  const pages: SourceFile[] = [];
  for (const name of await listYaml(join(dir, 'pages'))) {
    const f = await read('page', `pages/${name}`, true);
    if (f) pages.push(f);
  }

  const list = <T>(f: SourceFile | undefined): T[] => (Array.isArray(f?.data) ? (f.data as T[]) : []);
  const content: SourceContent = {
    municipality: (municipality?.data ?? {}) as SourceMunicipality,
    categories: list<SourceCategory>(categories),
    entries: entries.filter((f) => f.data !== undefined).map((f) => f.data as SourceEntry),
    guides: guides.filter((f) => f.data !== undefined).map((f) => f.data as SourceGuide),
    synonyms: list<SynonymGroup>(synonyms),
  };
  if (events.length) content.events = events.filter((f) => f.data !== undefined).map((f) => f.data as SourceEvent);
  if (notices) content.notices = list<SourceNotice>(notices);
  if (pages.length) content.pages = pages.filter((f) => f.data !== undefined).map((f) => f.data as SourcePage);
  return { dir, files, problems, content };
}

