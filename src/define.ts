/**
 * Registers every Kompass tag, each guarded by `customElements.get`, so loading the bundle
 * twice (two copies on one page, or a host that imports it again) does no harm.
 */
import './reader/define/define-shell.js';
import './reader/define/define-views.js';
import './reader/define/define-editor.js';
