import type { KompassErrorCode } from '../events/kompass-error.js';

/** What went wrong in a sync: a code from `KompassErrorCode` and an English detail that says what and where. */
export class SyncError extends Error {
  override readonly name = 'SyncError';
  constructor(
    readonly code: KompassErrorCode,
    readonly detail: string,
    options: { cause?: unknown; retryable?: boolean; url?: string; file?: string } = {},
  ) {
    super(detail, { cause: options.cause });
    this.retryable = options.retryable ?? false;
    this.url = options.url;
    this.file = options.file;
  }
  /** Network errors and 5xx/408/429 responses are worth another attempt; integrity and 4xx are not. */
  readonly retryable: boolean;
  /** The URL involved, if any. */
  readonly url?: string;
  /** The pack file involved (path relative to the manifest), if any. */
  readonly file?: string;
}

export function describe(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}
