/** The self-contained bundle a city app loads with one script tag: registers the tags. */
import './define.js';
export * from './index.js';
