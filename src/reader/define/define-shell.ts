/**
 * Registers what `<kompass-app>` needs for its first render: the app and its home view.
 * The other views come from `define-views.ts`, which the app loads when first needed (and
 * prefetches once the home view is shown), so a reader's first download stays small.
 */
import { KompassApp } from '../app/kompass-app.js';
import { KompassHomeView } from '../views/kompass-home-view/kompass-home-view.js';
import { defineAll } from './define-all.js';

defineAll([
  ['kompass-app', KompassApp],
  ['kompass-home-view', KompassHomeView],
]);
