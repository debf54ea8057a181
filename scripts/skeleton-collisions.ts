/** Skeleton collisions over the German words of the demo content: how many distinct words share a skeleton. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../src/reader/search/normalize.js';
import { skeleton } from '../src/reader/search/transliterate.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? yamlFiles(p) : p.endsWith('.yaml') ? [p] : [];
  });
}
const words = new Set<string>();
const LANG = /^(\s*)([a-z]{2,3}(?:-[a-z0-9-]+)?):\s*(.*)$/;
for (const file of yamlFiles('demo/content')) {
  // German text: `de:` and `de-x-…:` values and the indented block lines under them.
  let lang = '';
  let indent = -1;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = LANG.exec(line);
    const depth = line.length - line.trimStart().length;
    if (m) {
      lang = m[2]!;
      indent = m[1]!.length;
    } else if (line.trim() && depth <= indent) lang = '';
    const text = m ? m[3]! : line;
    if (!/^de(-|$)/.test(lang)) continue;
    for (const t of tokenize(text)) if (/^[a-z]{3,}$/.test(t)) words.add(t);
  }
}
const bySkeleton = new Map<string, string[]>();
for (const w of words) {
  const k = skeleton(w);
  if (k.length >= 3) bySkeleton.set(k, [...(bySkeleton.get(k) ?? []), w]);
}
const usable = [...bySkeleton.values()].reduce((n, l) => n + l.length, 0);
const shared = [...bySkeleton.values()].filter((l) => l.length > 1);
const inShared = shared.reduce((n, l) => n + l.length, 0);
console.log(`${words.size} distinct words, ${usable} with a skeleton of ≥ 3 classes, ${bySkeleton.size} skeletons`);
console.log(`${inShared} words (${((100 * inShared) / usable).toFixed(1)} %) share their skeleton with another word, in ${shared.length} groups`);
console.log('largest groups:', shared.sort((a, b) => b.length - a.length).slice(0, 8).map((l) => l.slice(0, 6).join('/')).join('; '));
