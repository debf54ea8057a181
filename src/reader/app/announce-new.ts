import type { ContentSnapshot } from '../content/snapshot.js';
import { KompassNoticeEvent } from '../events/kompass-notice.js';
import { eventsOf } from '../content/events-content.js';

/**
 * `kompass-notice` on `target` for each notice and event id that `next` has and `previous`
 * had not, titled in `lang`. Loaded only when a new revision brings notices or events.
 */
export function announceNew(target: EventTarget, previous: ContentSnapshot, next: ContentSnapshot, lang: string): void {
  const content = eventsOf(next);
  const known = new Set([...(previous.base.notices ?? []), ...(previous.base.events ?? [])].map((x) => x.id));
  for (const n of next.base.notices ?? []) {
    if (!known.has(n.id)) target.dispatchEvent(new KompassNoticeEvent({ kind: 'notice', id: n.id, title: content.notice(n.id, lang)!.text.value }));
  }
  for (const e of next.base.events ?? []) {
    if (!known.has(e.id)) target.dispatchEvent(new KompassNoticeEvent({ kind: 'event', id: e.id, title: content.event(e.id, lang)!.title.value }));
  }
}
