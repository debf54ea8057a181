/**
 * Registers every Kompass tag, each guarded by `customElements.get`, so loading the bundle
 * twice (two copies on one page, or a host that imports it again) does no harm.
 */
import './define-shell.js';
import './define-views.js';
import './define-editor.js';
