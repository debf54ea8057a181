import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { formatProblem } from '../../../src/authoring/problems.js';
import { loadAndValidate } from '../../../src/node/source/validate-folder.js';
import { fixture } from '../support.js';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** source-small with `edit` applied to one file's text. */
function sourceWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kompass-bidi-'));
  dirs.push(dir);
  cpSync(fixture('source-small'), dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

const bidiWarnings = async (dir: string) =>
  (await loadAndValidate(dir)).problems.filter((p) => p.message.includes('invisible character')).map(formatProblem);

describe('validation warns about bidi control characters', () => {
  it('the clean source has none', async () => {
    assert.deepEqual(await bidiWarnings(fixture('source-small')), []);
  });

  it('an override in a name, an isolate in a description, an embedding in a category label: each with file, line, entry id and field', async () => {
    let dir = sourceWith('entries/buergerbuero.yaml', (t) =>
      t.replace("en: Citizens' Office Centre", "en: Citizens' Office \u202eertneC").replace('- your **passport**', '- your \u2067**passport**'),
    );
    const warnings = await bidiWarnings(dir);
    assert.deepEqual(warnings, [
      "entries/buergerbuero.yaml:6:7  buergerbuero  name.en  warning: The text contains the invisible character U+202E (RIGHT-TO-LEFT OVERRIDE), which can make it read in a misleading order; remove it (Kompass sets the direction of right-to-left text itself).",
      'entries/buergerbuero.yaml:20:7  buergerbuero  description.en  warning: The text contains the invisible character U+2067 (RIGHT-TO-LEFT ISOLATE), which can make it read in a misleading order; remove it (Kompass sets the direction of right-to-left text itself).',
    ]);
    dir = sourceWith('categories.yaml', (t) => t.replace(/(label:\n\s+de: )/, '$1\u202a'));
    const [category] = await bidiWarnings(dir);
    assert.match(category!, /^categories\.yaml:\d+:\d+ {2}\S+ {2}label\.de {2}warning: .*U\+202A \(LEFT-TO-RIGHT EMBEDDING\)/);
  });

  it('a warning, not an error: the source still builds', async () => {
    const dir = sourceWith('municipality.yaml', (t) => t.replace(/^(\s+de: )(.*)$/m, '$1$2\u2066'));
    const { problems } = await loadAndValidate(dir);
    const bidi = problems.filter((p) => p.message.includes('U+2066'));
    assert.equal(bidi.length, 1);
    assert.equal(bidi[0]!.severity, 'warning');
    assert.ok(problems.every((p) => p.severity === 'warning'));
  });
});
