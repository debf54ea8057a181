/** The errors of publishing (node only): a status for the HTTP API, a code for tools, a message for people. */

export type PublishStatus = 400 | 404 | 409 | 422 | 423;

export class PublishError extends Error {
  constructor(
    readonly status: PublishStatus,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Another process (the server, `kompass publish`, `kompass rollback`) holds the publish lock. */
export const lockedError = (): PublishError => new PublishError(423, 'locked', 'Another publish is running; try again in a moment.');
