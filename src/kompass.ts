/**
 * The self-contained bundle a city app loads with one script tag. It registers the app and
 * its home view at once; the other views are a chunk `<kompass-app>` loads when needed.
 */
import './define-shell.js';
export { KompassApp } from './components/kompass-app/kompass-app.js';
