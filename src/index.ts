/**
 * Import-safe entry: classes, types and events, no registration. Use `kompass/define.js`
 * (or the self-contained `kompass.js`) to register the tags.
 */
export { KompassApp } from './components/kompass-app/kompass-app.js';
export { KompassLanguageChangeEvent } from './events/kompass-language-change.js';
export { KompassNavigateEvent } from './events/kompass-navigate.js';
export { KompassErrorEvent, type KompassErrorCode } from './events/kompass-error.js';
