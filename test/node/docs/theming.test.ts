/**
 * custom-elements.json tells the truth (tag names, public attributes only, named events,
 * every token the styles read) and docs/theming.md is what `npm run docs:theming` writes.
 * The manifest is built here with the project's analyzer config, into a temporary folder.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

interface Item {
  name: string;
  fieldName?: string;
  privacy?: string;
  kind?: string;
  type?: { text: string };
  default?: string;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
  slots?: Item[];
}
interface Module {
  path: string;
  declarations?: Declaration[];
  exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
}

const VIEWS = [
  'kompass-home-view',
  'kompass-page-view',
  'kompass-report-form',
  'kompass-category-view',
  'kompass-entry-view',
  'kompass-guide-view',
  'kompass-search-view',
  'kompass-settings-view',
  'kompass-entry-list',
  'kompass-hours',
  'kompass-language-chooser',
  'kompass-events-view',
  'kompass-event-view',
  'kompass-this-week',
  'kompass-notice-list',
  'kompass-entry-events',
];
// <kompass-editor-app> is registered too (by <kompass-editor>, when it loads the editor chunk), and its opening-hours field <kompass-hours-editor>.
const ELEMENTS = ['kompass-app', ...VIEWS, 'kompass-editor', 'kompass-editor-app', 'kompass-hours-editor'];

let dir: string;
let manifestPath: string;
let modules: Module[];
let elements: Declaration[];

function generator(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/docs-theming.mjs', '--manifest', manifestPath, ...args], { cwd: root, encoding: 'utf8' });
}

describe('custom-elements.json and docs/theming.md', () => {
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'kompass-cem-'));
    // The analyzer joins --outdir onto its working directory, so it has to be relative.
    const cem = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
    const run = spawnSync(process.execPath, [cem, 'analyze', '--quiet', '--outdir', relative(root, dir)], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, `cem analyze failed:\n${run.stdout}\n${run.stderr}`);
    manifestPath = join(dir, 'custom-elements.json');
    modules = (JSON.parse(readFileSync(manifestPath, 'utf8')) as { modules: Module[] }).modules;
    elements = modules.flatMap((m) => m.declarations ?? []).filter((d) => d.kind === 'class' && d.tagName);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gives each element its tag name, marks it a custom element and exports its definition', () => {
    assert.deepEqual(elements.map((d) => d.tagName).sort(), [...ELEMENTS].sort());
    for (const tag of ELEMENTS) {
      const mod = modules.find((m) => m.declarations?.some((d) => d.tagName === tag));
      const decl = mod?.declarations?.find((d) => d.tagName === tag);
      assert.equal(decl?.customElement, true, `<${tag}> is not marked customElement`);
      const definition = mod?.exports?.find((e) => e.kind === 'custom-element-definition' && e.name === tag);
      assert.deepEqual(definition?.declaration, { name: decl?.name, module: mod?.path }, `<${tag}> has no custom-element-definition export`);
    }
  });

  it('marks the views (subclasses of KompassElement) as custom elements', () => {
    for (const tag of VIEWS) assert.equal(elements.find((d) => d.tagName === tag)?.customElement, true, `<${tag}>`);
  });

  it('lists public attributes only: no _ names, no Lit state, no private or protected fields', () => {
    const hidden = (m: Item) => m.privacy === 'private' || m.privacy === 'protected';
    for (const d of elements) {
      const internal = new Set((d.members ?? []).filter(hidden).map((m) => m.name));
      for (const a of d.attributes ?? []) {
        assert.ok(!a.name.startsWith('_') && !a.fieldName?.startsWith('_'), `<${d.tagName}> lists attribute ${a.name}`);
        assert.ok(!internal.has(a.fieldName ?? a.name), `<${d.tagName}>: attribute ${a.name} belongs to a private field`);
      }
      for (const m of d.members ?? []) assert.ok(!m.name.startsWith('_') || hidden(m), `<${d.tagName}>: ${m.name} is listed as public`);
    }
    // The app's state (_snapshot, _device, …) was listed as attributes before; these are its real ones.
    const app = elements.find((d) => d.tagName === 'kompass-app');
    assert.deepEqual(app?.attributes?.map((a) => a.name), ['src', 'lang', 'routing', 'sync-interval', 'store-name', 'service-worker', 'service-worker-scope', 'municipality']);
    const editorApp = elements.find((d) => d.tagName === 'kompass-editor-app');
    assert.deepEqual(editorApp?.attributes?.map((a) => a.name), ['api', 'pack', 'lang', 'store-name']);
  });

  it('names every event by its Event class', () => {
    for (const d of elements) {
      for (const e of d.events ?? []) {
        assert.match(e.name ?? '', /^kompass-[a-z-]+$/, `<${d.tagName}> has an event named ${JSON.stringify(e.name)} (${e.type?.text})`);
        assert.ok(e.type?.text, `<${d.tagName}>: event ${e.name} has no class`);
      }
    }
    const app = elements.find((d) => d.tagName === 'kompass-app');
    assert.equal(app?.events?.find((e) => e.name === 'kompass-error')?.type?.text, 'KompassErrorEvent');
    assert.equal(elements.find((d) => d.tagName === 'kompass-entry-view')?.events?.[0]?.name, 'kompass-feedback');
  });

  it('documents every --kompass-* token the styles read, with the default the styles use', () => {
    const documented = new Map(elements.flatMap((d) => (d.cssProperties ?? []).map((p) => [p.name, p.default] as const)));
    const styles = readdirSync(join(root, 'src'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.styles.ts'));
    const read = new Map<string, string>();
    for (const f of styles) {
      for (const m of readFileSync(join(root, 'src', f), 'utf8').matchAll(/var\((--kompass-[\w-]+)\s*,\s*([^;]+?)\)\s*;/g)) read.set(m[1]!, `${f}: ${m[2]}`);
    }
    assert.ok(read.size >= 30, `only ${read.size} tokens found in the styles`);
    const missing = [...read.keys()].filter((t) => !documented.has(t));
    assert.deepEqual(missing, [], `add @cssproperty [name=default] JSDoc for: ${missing.map((t) => `${t} (${read.get(t)})`).join(', ')}`);
    // Literal fallbacks must match; var(--_x) ones are the shorthands for other tokens.
    for (const [token, where] of read) {
      const fallback = where.slice(where.indexOf(': ') + 2).trim();
      if (!fallback.startsWith('var(')) assert.equal(documented.get(token), fallback, `${token}: the styles (${where}) and the JSDoc disagree on the default`);
    }
  });

  it('docs/theming.md is what docs:theming writes from this manifest', () => {
    const run = generator('--check');
    assert.equal(run.status, 0, run.stderr);
  });

  it('--check fails, naming the file and the line, when the reference is stale', () => {
    const stale = join(dir, 'theming.md');
    const lines = readFileSync(join(root, 'docs/theming.md'), 'utf8').split('\n');
    lines[lines.findIndex((l) => l.includes('`--kompass-color-primary`'))] = '| `--kompass-color-primary` | `#000000` | Edited by hand. |';
    writeFileSync(stale, lines.join('\n'));
    const run = generator('--check', '--out', stale);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /theming\.md is out of date .*line \d+.*npm run docs:theming/);
    assert.equal(readFileSync(stale, 'utf8'), lines.join('\n'), '--check must not write');
  });
});
