import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildPack } from '../../../src/node/build/build-pack.js';
import { loadAndValidate } from '../../../src/node/source/validate-folder.js';
import { baseShapeProblem, manifestShapeProblem, textShapeProblem } from '../../../src/pack/shape.js';

/** The demo pack, as `kompass build` makes it, through JSON (as the reader gets it). */
async function demoPack() {
  const { source } = await loadAndValidate('demo/content');
  const pack = buildPack(source.content, { date: '2026-11-04' });
  return JSON.parse(JSON.stringify({ manifest: pack.manifest, base: pack.base, texts: pack.texts })) as { manifest: Record<string, unknown>; base: Record<string, unknown> & { entries: Record<string, unknown>[] }; texts: (Record<string, unknown> & { entries: Record<string, Record<string, unknown>> })[] };
}

describe('the shape check of pack files (src/pack/shape.ts)', () => {
  it('accepts every file of a real pack (the demo: every field, every language, rich text, hours)', async () => {
    const pack = await demoPack();
    assert.equal(manifestShapeProblem(pack.manifest), undefined);
    assert.equal(baseShapeProblem(pack.base), undefined);
    assert.ok(pack.texts.length > 3);
    for (const text of pack.texts) assert.equal(textShapeProblem(text), undefined, String(text.lang));
  });

  it('names the first place of the wrong shape', async () => {
    const { base, texts, manifest } = await demoPack();
    const text = texts[0]!;
    const [id] = Object.keys(text.entries);
    const cases: [() => string | undefined, string][] = [
      [() => textShapeProblem({ ...text, entries: { ...text.entries, [id!]: { description: [null] } } }), `entries.${id}.description[0]`],
      [() => textShapeProblem({ ...text, entries: { ...text.entries, [id!]: { description: [{ t: 'p', c: 'string' }] } } }), `entries.${id}.description[0].c`],
      [() => textShapeProblem({ ...text, entries: { ...text.entries, [id!]: { name: { de: 'x' } } } }), `entries.${id}.name`],
      [() => textShapeProblem({ ...text, entries: { ...text.entries, [id!]: { description: [{ t: 'h', level: 9, c: [] }] } } }), `entries.${id}.description[0].level`],
      [() => textShapeProblem({ ...text, entries: { ...text.entries, [id!]: { description: [{ t: 'script', c: [] }] } } }), `entries.${id}.description[0].t`],
      [() => textShapeProblem({ ...text, categories: [] }), 'categories'],
      [() => baseShapeProblem({ ...base, entries: [{ ...base.entries[0], phones: [{ number: 49 }] }] }), 'entries[0].phones[0].number'],
      [() => baseShapeProblem({ ...base, entries: [{ ...base.entries[0], categories: 'a' }] }), 'entries[0].categories'],
      // Information pages: a text that is no rich text, an attachment title that is no string, a page id that is no string.
      [() => textShapeProblem({ ...text, pages: { wohnen: { title: 'Wohnen', text: 'plain' } } }), 'pages.wohnen.text'],
      [() => textShapeProblem({ ...text, pages: { wohnen: { attachments: [{ de: 'x' }] } } }), 'pages.wohnen.attachments[0]'],
      [() => baseShapeProblem({ ...base, pages: [{ id: 7 }] }), 'pages[0].id'],
      [() => baseShapeProblem({ ...base, pages: [{ id: 'p', attachments: [{ url: null }] }] }), 'pages[0].attachments[0].url'],
      [() => baseShapeProblem({ ...base, events: [{ id: 'x', occurrences: '2026-12-01' }] }), 'events[0].occurrences'],
      [() => baseShapeProblem({ ...base, notices: [{ id: 'x', from: '2026-12-01', until: '2026-12-02', severity: 'panic' }] }), 'notices[0].severity'],
      [() => textShapeProblem({ ...text, events: { x: { description: 'plain' } } }), 'events.x.description'],
      [() => textShapeProblem({ ...text, notices: { x: ['a'] } }), 'notices.x'],
      [() => manifestShapeProblem({ ...manifest, municipality: { ...(manifest.municipality as object), name: { de: 1 } } }), 'municipality.name.de'],
    ];
    for (const [check, where] of cases) assert.equal(check(), `${where} has the wrong shape`);
  });

  it('refuses rich text nested deeper than Markdown makes it', () => {
    let inline: unknown = 'deep';
    for (let i = 0; i < 12; i++) inline = { t: 'em', c: [inline] };
    const text = { categories: {}, guides: {}, entries: { e: { description: [{ t: 'p', c: [inline] }] } } };
    assert.match(textShapeProblem(text)!, /^entries\.e\.description\[0\]\.c\[0\](\.c\[0\])+ has the wrong shape$/);
  });
});
