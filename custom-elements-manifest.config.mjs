/**
 * Read by `cem analyze` (npm run analyze, scripts/build.mjs): which files make up the
 * elements, and our plugin that adds tag names, hides internal state and names events
 * (scripts/cem-kompass-plugin.mjs).
 */
import { kompassManifestPlugin } from './scripts/cem-kompass-plugin.mjs';

export default {
  globs: ['src/**/*.ts'],
  // Node-only code and the service worker hold no elements.
  exclude: ['src/node/**', 'src/reader/sw/**'],
  litelement: true,
  // package.json already points at custom-elements.json; a run into another --outdir must not rewrite it.
  packagejson: false,
  plugins: [kompassManifestPlugin()],
};
