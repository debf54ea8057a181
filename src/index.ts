/**
 * Import-safe entry: classes, types and events, no registration. Use `kompass/define.js`
 * (or the self-contained `kompass.js`) to register the tags.
 */
export { KompassApp } from './reader/app/kompass-app.js';
export { KompassHomeView } from './reader/views/kompass-home-view/kompass-home-view.js';
export { KompassCategoryView } from './reader/views/kompass-category-view/kompass-category-view.js';
export { KompassEntryView } from './reader/views/kompass-entry-view/kompass-entry-view.js';
export { KompassGuideView } from './reader/views/kompass-guide-view/kompass-guide-view.js';
export { KompassSearchView } from './reader/views/kompass-search-view/kompass-search-view.js';
export { KompassSettingsView } from './reader/views/kompass-settings-view/kompass-settings-view.js';
export { KompassEntryList } from './reader/views/kompass-entry-list/kompass-entry-list.js';
export { KompassHours } from './reader/views/kompass-hours/kompass-hours.js';
export { KompassEventsView } from './reader/views/kompass-events-view/kompass-events-view.js';
export { KompassEventView } from './reader/views/kompass-event-view/kompass-event-view.js';
export { KompassThisWeek } from './reader/views/kompass-this-week/kompass-this-week.js';
export { KompassNoticeList } from './reader/views/kompass-notice-list/kompass-notice-list.js';
export { KompassEntryEvents } from './reader/views/kompass-entry-events/kompass-entry-events.js';
export { KompassLanguageChangeEvent } from './reader/events/kompass-language-change.js';
export { KompassNavigateEvent } from './reader/events/kompass-navigate.js';
export { KompassContentUpdatedEvent } from './reader/events/kompass-content-updated.js';
export { KompassNoticeEvent, type KompassNoticeDetail } from './reader/events/kompass-notice.js';
export { KompassFeedbackEvent } from './reader/events/kompass-feedback.js';
export { KompassErrorEvent, type KompassErrorCode } from './reader/events/kompass-error.js';
export type * from './pack/types.js';
export type { ContentSnapshot, EntryView, GuideView, CategoryView, Localized } from './reader/content/snapshot.js';
export { eventsOf, type EventsContent, type EventView, type NoticeView, type OccurrenceView } from './reader/content/events-content.js';
