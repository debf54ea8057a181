/**
 * A copy of a content source folder without its search words: every `keywords` field of
 * entries, guides, pages and events (at any depth, so translations' keywords too) removed,
 * and `synonyms.yaml` deleted. What search finds then comes from the texts alone.
 * The copy goes to a new temporary folder; the source is not touched.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isScalar, parseDocument, visit } from 'yaml';

const FOLDERS = ['entries', 'guides', 'pages', 'events'];

const yamlFiles = (dir) => {
  let names;
  try {
    names = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return names.flatMap((d) => (d.isDirectory() ? yamlFiles(join(dir, d.name)) : /\.ya?ml$/.test(d.name) ? [join(dir, d.name)] : []));
};

/** Removes every `keywords:` pair from a YAML text; returns the text and how many were removed. */
export function stripKeywordsFromYaml(text) {
  const doc = parseDocument(text);
  let removed = 0;
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === 'keywords') {
        removed++;
        return visit.REMOVE;
      }
      return undefined;
    },
  });
  return { text: removed ? doc.toString() : text, removed };
}

/** Copies `sourceDir` to a temporary folder without keywords and synonyms; returns the folder and what was removed. */
export function stripKeywordsCopy(sourceDir) {
  const dir = mkdtempSync(join(tmpdir(), 'kompass-stripped-'));
  cpSync(sourceDir, dir, { recursive: true });
  let keywords = 0;
  for (const file of FOLDERS.flatMap((f) => yamlFiles(join(dir, f)))) {
    const { text, removed } = stripKeywordsFromYaml(readFileSync(file, 'utf8'));
    if (removed) writeFileSync(file, text);
    keywords += removed;
  }
  const synonymsFile = join(dir, 'synonyms.yaml');
  const synonyms = existsSync(synonymsFile);
  rmSync(synonymsFile, { force: true });
  return { dir, keywords, synonyms };
}
