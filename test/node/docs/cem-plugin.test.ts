/**
 * The analyzer plugin (scripts/cem-kompass-plugin.mjs) on small sources, for the cases the
 * real components do not all exercise: `@tag`, state without a `_` name, state inherited
 * from a base class, an Event subclass with constructor arguments, a tag declared for a
 * class the module does not have.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const load = (path: string) => import(pathToFileURL(join(root, path)).href);

interface Item {
  name: string;
  privacy?: string;
  attribute?: string;
  type?: { text: string };
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[]; exports?: { kind: string; name: string }[] }[];
}

const SOURCES: Record<string, string> = {
  'src/ping-event.ts': `
    export class PingEvent extends Event {
      static readonly eventName = 'demo-ping';
      constructor(readonly count: number) { super(PingEvent.eventName); }
    }`,
  'src/base-el.ts': `
    import { LitElement } from 'lit';
    import { PingEvent } from './ping-event.js';
    export class BaseEl extends LitElement {
      static override properties = { open: { state: true }, label: { type: String } };
      declare open: boolean;
      declare label: string;
      protected ping(n: number) { this.dispatchEvent(new PingEvent(n)); }
    }
    declare global { interface HTMLElementTagNameMap { 'demo-base': BaseEl; 'demo-elsewhere': NotHere } }`,
  'src/child-el.ts': `
    import { BaseEl } from './base-el.js';
    /** @tag demo-child */
    export class ChildEl extends BaseEl {
      static override properties = { _count: { type: Number }, size: { type: Number, attribute: 'size' } };
      declare _count: number;
      declare size: number;
    }`,
};

async function analyze(): Promise<{ manifest: Manifest; warnings: string[] }> {
  const { create, ts } = await load('node_modules/@custom-elements-manifest/analyzer/index.js');
  const { litPlugin } = await load('node_modules/@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js');
  const { kompassManifestPlugin } = await load('scripts/cem-kompass-plugin.mjs');
  const modules = Object.entries(SOURCES).map(([path, text]) => ts.createSourceFile(path, text, ts.ScriptTarget.ES2015, true));
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (message: string) => warnings.push(message);
  try {
    return { manifest: create({ modules, plugins: [...litPlugin(), kompassManifestPlugin()] }) as Manifest, warnings };
  } finally {
    console.warn = warn;
  }
}

const declaration = (manifest: Manifest, name: string) => manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.name === name);

describe('analyzer plugin', () => {
  it('takes tags from HTMLElementTagNameMap and @tag, with a definition export each', async () => {
    const { manifest } = await analyze();
    assert.equal(declaration(manifest, 'BaseEl')?.tagName, 'demo-base');
    assert.equal(declaration(manifest, 'ChildEl')?.tagName, 'demo-child');
    assert.equal(declaration(manifest, 'ChildEl')?.customElement, true);
    const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => `${m.path} ${e.name}`));
    assert.deepEqual(definitions.sort(), ['src/base-el.ts demo-base', 'src/child-el.ts demo-child']);
  });

  it('says where a tag names a class the module does not declare', async () => {
    const { warnings } = await analyze();
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /^src\/base-el\.ts: .*<demo-elsewhere> as NotHere/);
  });

  it('keeps state (own and inherited) and _ fields out of the attributes, and marks them private', async () => {
    const { manifest } = await analyze();
    assert.deepEqual(declaration(manifest, 'BaseEl')?.attributes?.map((a) => a.name), ['label']);
    const child = declaration(manifest, 'ChildEl');
    assert.deepEqual(child?.attributes?.map((a) => a.name).sort(), ['label', 'size']);
    for (const name of ['open', '_count']) {
      const member: Item | undefined = child?.members?.find((m) => m.name === name);
      assert.equal(member?.privacy, 'private', name);
      assert.equal(member?.attribute, undefined, name);
    }
  });

  it('names an event dispatched as new PingEvent(n) by PingEvent.eventName', async () => {
    const { manifest } = await analyze();
    assert.deepEqual(declaration(manifest, 'BaseEl')?.events, [{ name: 'demo-ping', type: { text: 'PingEvent' } }]);
  });
});
