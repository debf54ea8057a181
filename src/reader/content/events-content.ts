/**
 * Events and notices of a content snapshot, by the device clock: what is still to come, which
 * notices are shown today. Kept beside `ContentSnapshot` rather than in it, so the reader's
 * first download does not carry it: only the views of events and notices (a lazy chunk) do.
 */
import type { BaseEvent, EventText, LanguageCode, RichText } from '../../pack/types.js';
import type { BaseNotice } from '../../pack/types.js';
import type { ContentSnapshot, Localized } from './snapshot.js';

export interface NoticeView extends BaseNotice {
  text: Localized;
}

export interface EventView extends BaseEvent {
  title: Localized;
  description?: Localized<RichText>;
  cost?: Localized;
  addressExtra?: Localized;
  gettingThere?: Localized;
  registrationNote?: Localized;
}

/** One occurrence of an event: `start`/`end` as in the pack (ISO with offset, or a date for all day). */
export interface OccurrenceView {
  event: EventView;
  start: string;
  end?: string | undefined;
}

const SEVERITY = { urgent: 0, warning: 1, info: 2 } as const;
const startTime = (start: string): number => Date.parse(start.includes('T') ? start : `${start}T00:00`);
/** Whether an occurrence ending at `last` (ISO time, or a date: the end of that local day) is over. */
const isOver = (last: string, now: Date, today: string): boolean => (last.includes('T') ? Date.parse(last) <= now.getTime() : last < today);

/** The local date (`YYYY-MM-DD`) at `now` in a time zone (Swedish writes dates the ISO way). */
export const localToday = (now: Date, timeZone: string): string => new Intl.DateTimeFormat('sv', { timeZone }).format(now);

const cache = new WeakMap<ContentSnapshot, EventsContent>();

/** The events and notices of a snapshot (one instance per snapshot). */
export function eventsOf(snapshot: ContentSnapshot): EventsContent {
  let c = cache.get(snapshot);
  if (!c) cache.set(snapshot, (c = new EventsContent(snapshot)));
  return c;
}

export class EventsContent {
  constructor(readonly snapshot: ContentSnapshot) {}

  private get timeZone(): string {
    return this.snapshot.manifest.municipality.timeZone;
  }

  events(lang: LanguageCode): EventView[] {
    return (this.snapshot.base.events ?? []).map((e) => this.eventView(e, lang));
  }

  event(id: string, lang: LanguageCode): EventView | undefined {
    const e = this.snapshot.base.events?.find((x) => x.id === id);
    return e && this.eventView(e, lang);
  }

  notice(id: string, lang: LanguageCode): NoticeView | undefined {
    const n = this.snapshot.base.notices?.find((x) => x.id === id);
    return n && this.noticeView(n, lang);
  }

  /**
   * Occurrences not yet over at `now` (by the device clock, so they disappear offline too),
   * earliest first. An all-day occurrence lasts until the end of its local day.
   */
  upcoming(now: Date, lang: LanguageCode): OccurrenceView[] {
    const today = localToday(now, this.timeZone);
    const out: OccurrenceView[] = [];
    for (const e of this.snapshot.base.events ?? []) {
      let view: EventView | undefined;
      for (const [start, end] of e.occurrences) {
        if (isOver(end ?? start, now, today)) continue;
        out.push({ event: (view ??= this.eventView(e, lang)), start, end });
      }
    }
    return out.sort((a, b) => startTime(a.start) - startTime(b.start));
  }

  /** The first occurrence of one event not yet over at `now`, or undefined when it has none left. */
  next(id: string, now: Date, lang: LanguageCode): OccurrenceView | undefined {
    const e = this.snapshot.base.events?.find((x) => x.id === id);
    if (!e) return undefined;
    const today = localToday(now, this.timeZone);
    let best: [string, string?] | undefined;
    for (const o of e.occurrences) if (!isOver(o[1] ?? o[0], now, today) && (!best || startTime(o[0]) < startTime(best[0]))) best = o;
    return best && { event: this.eventView(e, lang), start: best[0], end: best[1] };
  }

  /** Notices shown today (local date): the town-wide ones, or those about `entryId`; urgent first. */
  activeNotices(now: Date, lang: LanguageCode, entryId?: string): NoticeView[] {
    const today = localToday(now, this.timeZone);
    return (this.snapshot.base.notices ?? [])
      .filter((n) => n.from <= today && today <= n.until && (entryId ? n.entries?.includes(entryId) : !n.entries?.length))
      .sort((a, b) => SEVERITY[a.severity] - SEVERITY[b.severity])
      .map((n) => this.noticeView(n, lang));
  }

  /** A notice with its text in `lang`, else the default language. */
  noticeView(n: BaseNotice, lang: LanguageCode): NoticeView {
    return { ...n, text: this.snapshot.pick(lang, (t) => t.notices?.[n.id]) ?? { value: n.id, lang: this.snapshot.defaultLanguage } };
  }

  private eventView(e: BaseEvent, lang: LanguageCode): EventView {
    const field = <K extends keyof EventText>(k: K) =>
      this.snapshot.pick(lang, (t) => t.events?.[e.id]?.[k], k === 'description') as Localized<NonNullable<EventText[K]>> | undefined;
    return {
      ...e,
      title: field('title') ?? { value: e.id, lang: this.snapshot.defaultLanguage },
      description: field('description'),
      cost: field('cost'),
      addressExtra: field('addressExtra'),
      gettingThere: field('gettingThere'),
      registrationNote: field('registrationNote'),
    };
  }
}
