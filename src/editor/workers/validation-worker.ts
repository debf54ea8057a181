/**
 * The editor's checks off the main thread (started by validation-client.ts as a module
 * worker), so typing never waits for them. It keeps the published source it was given once
 * (`{ base }`) and checks `{ run, overrides }` — the clerk's changed items — on top of it: the
 * unchanged items stay the same objects from run to run, so only the changed ones are planned
 * again (`sameObjectsUnchanged`). Answers `{ run, problems }` or `{ run, error }`.
 */
import { validateContent } from '../../authoring/source-plan.js';
import { applyChanges, type SourceChange } from '../../authoring/change-set.js';
import type { SourceContent } from '../../pack/types.js';

export type ValidationRequest = { base: SourceContent } | { run: number; changes: SourceChange[] };

const scope = self as unknown as { onmessage: ((e: MessageEvent<ValidationRequest>) => void) | null; postMessage(message: unknown): void };
let base: SourceContent | undefined;

scope.onmessage = (e) => {
  const request = e.data;
  if ('base' in request) {
    base = request.base;
    return;
  }
  try {
    if (!base) throw new Error('The validation worker has no source yet.');
    scope.postMessage({ run: request.run, problems: validateContent(applyChanges(base, request.changes), { sameObjectsUnchanged: true }) });
  } catch (error) {
    scope.postMessage({ run: request.run, error: error instanceof Error ? error.message : String(error) });
  }
};
