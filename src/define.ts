/**
 * Registers every Kompass tag. Guarded, so loading the bundle twice (two copies on one
 * page, or a host that imports it again) does no harm.
 */
import { KompassApp } from './components/kompass-app/kompass-app.js';
import { KompassHomeView } from './components/kompass-home-view/kompass-home-view.js';
import { KompassCategoryView } from './components/kompass-category-view/kompass-category-view.js';
import { KompassEntryView } from './components/kompass-entry-view/kompass-entry-view.js';
import { KompassGuideView } from './components/kompass-guide-view/kompass-guide-view.js';
import { KompassSearchView } from './components/kompass-search-view/kompass-search-view.js';
import { KompassSettingsView } from './components/kompass-settings-view/kompass-settings-view.js';
import { KompassEntryList } from './components/kompass-entry-list/kompass-entry-list.js';
import { KompassHours } from './components/kompass-hours/kompass-hours.js';

const TAGS: ReadonlyArray<[string, CustomElementConstructor]> = [
  ['kompass-app', KompassApp],
  ['kompass-home-view', KompassHomeView],
  ['kompass-category-view', KompassCategoryView],
  ['kompass-entry-view', KompassEntryView],
  ['kompass-guide-view', KompassGuideView],
  ['kompass-search-view', KompassSearchView],
  ['kompass-settings-view', KompassSettingsView],
  ['kompass-entry-list', KompassEntryList],
  ['kompass-hours', KompassHours],
];

for (const [tag, ctor] of TAGS) {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
