/**
 * Test hooks of the publish sequence, read from the environment (node only). Production
 * never sets these variables.
 *
 * - `KOMPASS_TEST_CRASH_AT=before-audit|after-audit|after-switch`: the process kills itself
 *   (SIGKILL, no clean-up) at that point, so tests can check what a restart makes of it.
 * - `KOMPASS_TEST_PUBLISH_DELAY_MS`: a pause while the staging folder is half written.
 */
export type CrashPoint = 'before-audit' | 'after-audit' | 'after-switch';

export function crashPoint(point: CrashPoint): void {
  if (process.env.KOMPASS_TEST_CRASH_AT === point) process.kill(process.pid, 'SIGKILL');
}

export function publishDelayMs(): number {
  return Number(process.env.KOMPASS_TEST_PUBLISH_DELAY_MS ?? 0) || 0;
}
