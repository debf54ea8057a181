/** Registers the views beyond the home view (loaded lazily by `<kompass-app>` in the bundle). */
import { KompassCategoryView } from './components/kompass-category-view/kompass-category-view.js';
import { KompassEntryView } from './components/kompass-entry-view/kompass-entry-view.js';
import { KompassGuideView } from './components/kompass-guide-view/kompass-guide-view.js';
import { KompassSearchView } from './components/kompass-search-view/kompass-search-view.js';
import { KompassSettingsView } from './components/kompass-settings-view/kompass-settings-view.js';
import { KompassEntryList } from './components/kompass-entry-list/kompass-entry-list.js';
import { KompassHours } from './components/kompass-hours/kompass-hours.js';
import { defineAll } from './define-all.js';

defineAll([
  ['kompass-category-view', KompassCategoryView],
  ['kompass-entry-view', KompassEntryView],
  ['kompass-guide-view', KompassGuideView],
  ['kompass-search-view', KompassSearchView],
  ['kompass-settings-view', KompassSettingsView],
  ['kompass-entry-list', KompassEntryList],
  ['kompass-hours', KompassHours],
]);
