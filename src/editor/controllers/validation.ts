/**
 * Problems as the clerk types: a reactive controller that runs the CLI's checks on the whole
 * draft a moment after the last change (debounced), in a worker (only the changed items are
 * sent; the main thread never waits), through a `Task`, so that when two runs
 * overlap only the latest one's result is shown. It also says which problems belong to which
 * item and field.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import type { Problem } from '../../authoring/problems.js';
import { keyOf, type ItemKey } from '../model.js';
import type { SourceContent } from '../../pack/types.js';
import type { SourceChange } from '../../authoring/change-set.js';
import { ValidationWorker } from '../workers/validation-client.js';

export interface ValidationOptions {
  /** The draft to check, as it is now. */
  draft(): SourceContent;
  /**
   * The published source and the clerk's changes to it (the draft is the one with the other
   * applied): with these, the default checks run in a worker that keeps the published source
   * and gets only the changes (workers/validation-client.ts).
   */
  parts?(): { base: SourceContent; changes: SourceChange[] };
  /** The checks (default: the CLI's, from the lazily loaded validation chunk). */
  check?: (draft: SourceContent, signal: AbortSignal) => Promise<Problem[]>;
}

const cliChecks = async (draft: SourceContent): Promise<Problem[]> => {
  const { validateContent } = await import('../../authoring/source-plan.js');
  // The draft's unchanged items are the published revision's own objects (edits replace an item).
  return validateContent(draft, { sameObjectsUnchanged: true });
};

/** The item a problem is about (from its file and id), if it is one the editor knows. */
export function itemOfProblem(p: Problem): ItemKey | undefined {
  if (p.file === 'municipality.yaml') return 'municipality';
  if (p.entryId === undefined) return undefined;
  if (p.file.startsWith('entries/')) return keyOf('entry', p.entryId);
  if (p.file.startsWith('guides/')) return keyOf('guide', p.entryId);
  if (p.file === 'categories.yaml') return keyOf('category', p.entryId);
  if (p.file.startsWith('pages/')) return keyOf('page', p.entryId);
  if (p.file.startsWith('events/')) return keyOf('event', p.entryId);
  if (p.file === 'notices.yaml') return keyOf('notice', p.entryId);
  return undefined;
}

export class ValidationController implements ReactiveController {
  /** Problems the server gave for the last publish; shown until the next check lands. */
  private fromServer: Problem[] | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly worker: ValidationWorker;
  private workerFailed = false;
  private readonly task: Task<[SourceContent], Problem[]>;

  constructor(
    private readonly host: ReactiveControllerHost,
    options: ValidationOptions,
  ) {
    host.addController(this);
    const worker = new ValidationWorker();
    this.worker = worker;
    const inWorker = async (draft: SourceContent, signal: AbortSignal): Promise<Problem[]> => {
      const parts = options.parts?.();
      if (!parts || typeof Worker === 'undefined' || this.workerFailed) return cliChecks(draft);
      try {
        return await worker.check(parts.base, parts.changes, signal);
      } catch (e) {
        if (signal.aborted) throw e;
        // No worker here (a strict Content-Security-Policy, say): the checks run on this thread.
        this.workerFailed = true;
        return cliChecks(draft);
      }
    };
    const check = options.check ?? inWorker;
    this.task = new Task(host, {
      autoRun: false,
      args: () => [options.draft()],
      task: async ([draft], { signal }) => {
        const problems = await check(draft, signal);
        if (!signal.aborted) this.fromServer = undefined;
        return problems;
      },
    });
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.worker.close();
  }

  /** The latest problems. */
  get problems(): Problem[] {
    return this.fromServer ?? this.task.value ?? [];
  }

  /** Checks again `delay` ms after the last call (typing restarts the wait). */
  schedule(delay = 150): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run().catch(() => undefined), delay);
  }

  /** Checks the draft now; resolves with the latest run's problems (a later run overtakes this one). */
  async run(): Promise<Problem[]> {
    clearTimeout(this.timer);
    await this.task.run();
    return this.task.taskComplete;
  }

  /** Problems the server found (422 on publish). */
  setFromServer(problems: Problem[]): void {
    this.fromServer = problems;
    this.host.requestUpdate();
  }

  /** The problems by item, made once per result: a list of 5,000 entries asks for each. */
  private byItem(): Map<ItemKey, Problem[]> {
    const problems = this.problems;
    if (this.indexed?.problems !== problems) {
      const index = new Map<ItemKey, Problem[]>();
      for (const p of problems) {
        const key = itemOfProblem(p);
        if (key === undefined) continue;
        const list = index.get(key);
        if (list) list.push(p);
        else index.set(key, [p]);
      }
      this.indexed = { problems, index };
    }
    return this.indexed.index;
  }
  private indexed: { problems: Problem[]; index: Map<ItemKey, Problem[]> } | undefined;

  errors(): Problem[] {
    return this.problems.filter((p) => p.severity === 'error');
  }

  /** An item's problems; with `field`, those of that field and below it (`exact`: that field only). */
  problemsOf(key: ItemKey, field?: string, exact = false): Problem[] {
    const ofItem = this.byItem().get(key) ?? [];
    if (field === undefined) return ofItem;
    return ofItem.filter((p) => {
      if (exact) return p.path === field;
      return p.path === field || p.path.startsWith(`${field}.`) || p.path.startsWith(`${field}[`);
    });
  }
}
