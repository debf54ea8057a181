/**
 * The values an error's message names (limits, revisions, paths), for clients that say the
 * message in their own language: the scalar and string-list details; lists of objects (problems) are left out.
 */
export function errorParams(details: Readonly<Record<string, unknown>>): Record<string, string | number | string[]> {
  const out: Record<string, string | number | string[]> = {};
  for (const [k, v] of Object.entries(details)) {
    if (k === 'lines' || k === 'problems') continue;
    if (typeof v === 'string' || typeof v === 'number') out[k] = v;
    else if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) out[k] = v.map(String);
  }
  return out;
}

/** An HTTP answer other than success (node only): status, machine-readable code, a message for people. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}
