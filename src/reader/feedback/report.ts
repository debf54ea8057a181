/** What a reader reports, exactly as the feedback inbox of a publish server takes it. */
export interface FeedbackReport {
  entryId: string;
  /** The pack revision the reader saw. */
  revision: number;
  /** The reader's language. */
  lang: string;
  /** What is wrong, 1 to `MESSAGE_MAX` characters. */
  message: string;
  /** How the editors can reach the reader, at most `CONTACT_MAX` characters. */
  contact?: string;
  kind?: FeedbackKind;
  /** Random per report: a queued report sent twice is stored once. */
  clientId: string;
}

export type FeedbackKind = 'entry' | 'page' | 'event';

export const MESSAGE_MAX = 2000;
export const CONTACT_MAX = 200;

/**
 * The feedback inbox beside the content: `api/feedback` relative to the manifest URL, so a
 * publish server at the root answers at `/api/feedback` and no other origin is contacted.
 */
export function feedbackUrl(manifestUrl: string): string {
  return new URL('api/feedback', new URL(manifestUrl, document.baseURI)).href;
}

/** 128 random bits as hex (`crypto.randomUUID` needs a secure context; a town's test host may not be one). */
export function newClientId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
