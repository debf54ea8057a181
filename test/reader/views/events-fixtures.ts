/** The demo town's pack, built for 2026-11-02: eight events and four notices (demo/content). */
export const DEMO_PACK = '/test/fixtures/.packs/demo/manifest.json';
/** Tuesday 1 December 2026, 10:00 in Berlin. */
export const TUESDAY_10AM = new Date('2026-12-01T09:00:00Z');
