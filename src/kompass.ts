/**
 * The self-contained bundle a city app loads with one script tag. It registers the app and
 * its home view at once; the other views are a chunk `<kompass-app>` loads when needed.
 */
import './define-shell.js';
// <kompass-editor> is a tiny loader here; the editor itself is a chunk only editors fetch.
import './define-editor.js';
export { KompassApp } from './components/kompass-app/kompass-app.js';
