/**
 * Undo and redo for `<kompass-editor>`: a reactive controller with the two stacks, the
 * buttons' state and the keyboard shortcuts (Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z). Keystrokes in one
 * field within a moment are one step, a word at most: Ctrl+Z takes back the last word typed,
 * not the whole paragraph.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getAt, type Item, type ItemKey } from '../model.js';

export interface HistoryStep {
  key: ItemKey;
  field: string;
  before: Item | null | undefined;
  after: Item | null | undefined;
  at: number;
  /** The text typed in this step ended a word (a space or punctuation): the next keystroke starts a new step. */
  wordDone?: boolean;
}

export interface HistoryOptions {
  /** Whether the shortcuts apply now (the workspace is shown). */
  enabled(): boolean;
  /** Puts an item's draft back to this value. */
  restore(key: ItemKey, value: Item | null | undefined): void;
  /** Says what happened (`undone`, `redone`). */
  announce(what: 'undone' | 'redone'): void;
  /** The clock (tests). */
  now?: () => number;
}

/** Keystrokes closer together than this are one step. */
const STEP_MS = 1200;
const MAX_STEPS = 200;

/** The text at a formatted path (`name.de`, `phones[0].number`) of an item, if it is one. */
function textAtPath(item: Item | null | undefined, field: string): string | undefined {
  const path = [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
  const v = getAt(item, path);
  return typeof v === 'string' ? v : undefined;
}

export class HistoryController implements ReactiveController {
  private undoStack: HistoryStep[] = [];
  private redoStack: HistoryStep[] = [];
  private readonly onKey = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || !this.options.enabled()) return;
    const k = e.key.toLowerCase();
    if (k === 'z' && !e.shiftKey) {
      e.preventDefault();
      this.undo();
    } else if (k === 'y' || (k === 'z' && e.shiftKey)) {
      e.preventDefault();
      this.redo();
    }
  };

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: HistoryOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKey as EventListener);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKey as EventListener);
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** Steps that undo would take back, oldest first (tests, debugging). */
  get steps(): readonly HistoryStep[] {
    return this.undoStack;
  }

  /** Records a change of `key` by typing into `field` (or by `add`, `delete`, an import …). */
  record(key: ItemKey, field: string, before: Item | null | undefined, after: Item | null | undefined, published?: Item): void {
    const last = this.undoStack[this.undoStack.length - 1];
    const now = (this.options.now ?? Date.now)();
    const text = field ? textAtPath(after ?? published, field) : undefined;
    const wordDone = text !== undefined && /[\s.,;:!?]$/u.test(text);
    if (last && last.key === key && last.field === field && field && now - last.at < STEP_MS && !(last.wordDone && !wordDone)) {
      last.after = after;
      last.at = now;
      last.wordDone = wordDone;
    } else this.undoStack.push({ key, field, before, after, at: now, wordDone });
    if (this.undoStack.length > MAX_STEPS) this.undoStack.shift();
    this.redoStack = [];
    this.host.requestUpdate();
  }

  undo(): void {
    this.move(this.undoStack, this.redoStack, 'before', 'undone');
  }

  redo(): void {
    this.move(this.redoStack, this.undoStack, 'after', 'redone');
  }

  /** Takes the latest step of `from` onto `to`, putting its item back to the value on `side`. */
  private move(from: HistoryStep[], to: HistoryStep[], side: 'before' | 'after', what: 'undone' | 'redone'): void {
    const step = from.pop();
    if (!step) return;
    to.push(step);
    this.options.restore(step.key, step[side]);
    this.options.announce(what);
    this.host.requestUpdate();
  }

  /** Forgets both stacks (after a publish or a merge: the steps no longer apply). */
  clear(): void {
    this.undoStack = [];
    this.redoStack = [];
    this.host.requestUpdate();
  }
}
