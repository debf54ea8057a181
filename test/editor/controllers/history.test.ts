import { expect } from '@open-wc/testing';
import { HistoryController } from '../../../src/editor/controllers/history.js';
import type { Item, ItemKey } from '../../../src/editor/model.js';
import { FakeHost } from './fake-host.js';

const entry = (name: string) => ({ id: 'buergerbuero', name: { de: name } }) as unknown as Item;

/** A history over one item, with a clock the test moves. */
function setUp(enabled = true) {
  const host = new FakeHost();
  const restored: [ItemKey, string | undefined][] = [];
  const said: string[] = [];
  let now = 1_000;
  const history = new HistoryController(host, {
    enabled: () => enabled,
    restore: (key, value) => restored.push([key, (value as { name?: { de: string } } | undefined)?.name?.de]),
    announce: (what) => said.push(what),
    now: () => now,
  });
  host.connect();
  let value: Item | undefined;
  /** Types `text` into name.de key by key, `gap` ms apart. */
  const typeText = (from: string, text: string, gap = 100) => {
    let current = from;
    for (const ch of text) {
      const before = value;
      current += ch;
      value = entry(current);
      history.record('entry:buergerbuero', 'name.de', before, value);
      now += gap;
    }
  };
  return { host, history, restored, said, typeText, wait: (ms: number) => (now += ms) };
}

describe('HistoryController (undo and redo)', () => {
  it('takes back one word per step while the clerk types, and says so', () => {
    const { history, restored, said, typeText } = setUp();
    typeText('Bürgerbüro', ' im Rathaus');
    // " " · "im " · "Rathaus": a word ends with a space; the next keystroke starts a new step.
    expect(history.steps.map((s) => (s.after as unknown as { name: { de: string } }).name.de)).to.deep.equal(['Bürgerbüro ', 'Bürgerbüro im ', 'Bürgerbüro im Rathaus']);
    history.undo();
    expect(restored.at(-1)).to.deep.equal(['entry:buergerbuero', 'Bürgerbüro im ']);
    history.undo();
    expect(restored.at(-1)).to.deep.equal(['entry:buergerbuero', 'Bürgerbüro ']);
    expect(said).to.deep.equal(['undone', 'undone']);
    history.redo();
    expect(restored.at(-1)).to.deep.equal(['entry:buergerbuero', 'Bürgerbüro im ']);
    expect(said.at(-1)).to.equal('redone');
    expect(history.canUndo && history.canRedo).to.equal(true);
  });

  it('starts a new step after a pause, in another field, or for a change that is no typing', () => {
    const { history, typeText, wait } = setUp();
    typeText('', 'Amt');
    expect(history.steps).to.have.length(1);
    wait(1500);
    typeText('Amt', 'x');
    expect(history.steps).to.have.length(2);
    history.record('entry:buergerbuero', 'summary.de', undefined, entry('x'));
    history.record('entry:buergerbuero', '', undefined, entry('y'));
    history.record('entry:buergerbuero', '', undefined, entry('z'));
    expect(history.steps).to.have.length(5);
  });

  it('a new change after undo forgets what could be redone; clear() forgets everything', () => {
    const { history, typeText, wait } = setUp();
    typeText('', 'a');
    wait(2000);
    typeText('a', 'b');
    history.undo();
    expect(history.canRedo).to.equal(true);
    wait(2000);
    typeText('a', 'c');
    expect(history.canRedo).to.equal(false);
    history.clear();
    expect(history.canUndo || history.canRedo).to.equal(false);
    history.undo(); // nothing to undo: no error, nothing restored
  });

  it('keeps the last 200 steps', () => {
    const { history, wait } = setUp();
    for (let i = 0; i < 250; i++) {
      history.record(`entry:e${i}`, 'name.de', undefined, entry(String(i)));
      wait(10);
    }
    expect(history.steps).to.have.length(200);
    expect(history.steps[0]!.key).to.equal('entry:e50');
  });

  it('listens for Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z on the host while enabled, and stops when disconnected', () => {
    const { host, history, restored, typeText, wait } = setUp();
    typeText('', 'a');
    wait(2000);
    typeText('a', 'b');
    const key = (k: string, shiftKey = false) => {
      const e = new KeyboardEvent('keydown', { key: k, ctrlKey: true, shiftKey, cancelable: true });
      host.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(key('z')).to.equal(true);
    expect(restored.at(-1)![1]).to.equal('a');
    expect(key('y')).to.equal(true);
    expect(restored.at(-1)![1]).to.equal('ab');
    key('z');
    expect(key('Z', true)).to.equal(true);
    expect(restored.at(-1)![1]).to.equal('ab');
    expect(key('x')).to.equal(false);
    host.disconnect();
    const count = restored.length;
    key('z');
    expect(restored).to.have.length(count);
    expect(history.canUndo).to.equal(true);
  });

  it('ignores the shortcuts while disabled (signing in)', () => {
    const { host, restored, typeText } = setUp(false);
    typeText('', 'a');
    host.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true }));
    expect(restored).to.have.length(0);
  });
});
