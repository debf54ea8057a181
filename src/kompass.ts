/**
 * The self-contained bundle a city app loads with one script tag. It registers the app and
 * its home view at once; the other views are a chunk `<kompass-app>` loads when needed.
 */
import './reader/define/define-shell.js';
// <kompass-editor> is a tiny loader here; the editor itself is a chunk only editors fetch.
import './reader/define/define-editor.js';
export { KompassApp } from './reader/app/kompass-app.js';
