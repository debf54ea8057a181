/**
 * Import-safe entry: classes, types and events, no registration. Use `kompass/define.js`
 * (or the self-contained `kompass.js`) to register the tags.
 */
export { KompassApp } from './components/kompass-app/kompass-app.js';
export { KompassHomeView } from './components/kompass-home-view/kompass-home-view.js';
export { KompassCategoryView } from './components/kompass-category-view/kompass-category-view.js';
export { KompassEntryView } from './components/kompass-entry-view/kompass-entry-view.js';
export { KompassGuideView } from './components/kompass-guide-view/kompass-guide-view.js';
export { KompassSearchView } from './components/kompass-search-view/kompass-search-view.js';
export { KompassSettingsView } from './components/kompass-settings-view/kompass-settings-view.js';
export { KompassEntryList } from './components/kompass-entry-list/kompass-entry-list.js';
export { KompassHours } from './components/kompass-hours/kompass-hours.js';
export { KompassLanguageChangeEvent } from './events/kompass-language-change.js';
export { KompassNavigateEvent } from './events/kompass-navigate.js';
export { KompassContentUpdatedEvent } from './events/kompass-content-updated.js';
export { KompassFeedbackEvent } from './events/kompass-feedback.js';
export { KompassErrorEvent, type KompassErrorCode } from './events/kompass-error.js';
export type * from './content/types.js';
export type { ContentSnapshot, EntryView, GuideView, CategoryView, Localized } from './content/snapshot.js';
