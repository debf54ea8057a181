/** Registers the views beyond the home view (loaded lazily by `<kompass-app>` in the bundle). */
import { KompassCategoryView } from '../views/kompass-category-view/kompass-category-view.js';
import { KompassEntryView } from '../views/kompass-entry-view/kompass-entry-view.js';
import { KompassGuideView } from '../views/kompass-guide-view/kompass-guide-view.js';
import { KompassPageView } from '../views/kompass-page-view/kompass-page-view.js';
import { KompassSearchView } from '../views/kompass-search-view/kompass-search-view.js';
import { KompassSettingsView } from '../views/kompass-settings-view/kompass-settings-view.js';
import { KompassEntryList } from '../views/kompass-entry-list/kompass-entry-list.js';
import { KompassHours } from '../views/kompass-hours/kompass-hours.js';
import { KompassLanguageChooser } from '../views/kompass-language-chooser/kompass-language-chooser.js';
import { KompassEventsView } from '../views/kompass-events-view/kompass-events-view.js';
import { KompassEventView } from '../views/kompass-event-view/kompass-event-view.js';
import { KompassThisWeek } from '../views/kompass-this-week/kompass-this-week.js';
import { KompassNoticeList } from '../views/kompass-notice-list/kompass-notice-list.js';
import { KompassEntryEvents } from '../views/kompass-entry-events/kompass-entry-events.js';
import { KompassReportForm } from '../views/kompass-report-form/kompass-report-form.js';
import { defineAll } from './define-all.js';

defineAll([
  ['kompass-category-view', KompassCategoryView],
  ['kompass-entry-view', KompassEntryView],
  ['kompass-guide-view', KompassGuideView],
  ['kompass-page-view', KompassPageView],
  ['kompass-search-view', KompassSearchView],
  ['kompass-settings-view', KompassSettingsView],
  ['kompass-entry-list', KompassEntryList],
  ['kompass-hours', KompassHours],
  ['kompass-language-chooser', KompassLanguageChooser],
  ['kompass-events-view', KompassEventsView],
  ['kompass-event-view', KompassEventView],
  ['kompass-this-week', KompassThisWeek],
  ['kompass-notice-list', KompassNoticeList],
  ['kompass-entry-events', KompassEntryEvents],
  ['kompass-report-form', KompassReportForm],
]);
