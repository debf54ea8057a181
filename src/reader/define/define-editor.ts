/**
 * Registers `<kompass-editor>`: a tiny loader element; the editor itself is a chunk of its
 * own (src/editor/define-editor-app.ts) fetched when the element is first
 * connected, so readers never download it.
 */
import { KompassEditor } from '../editor-loader/editor-loader.js';
import { defineAll } from './define-all.js';

defineAll([['kompass-editor', KompassEditor]]);
