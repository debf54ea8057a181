/**
 * Whether what Kompass stores on this device outlives the page. An incognito window, a guest
 * profile or an in-app browser with an ephemeral profile opens IndexedDB normally but throws
 * it away when closed, so the offline copy a newcomer relies on would silently be gone.
 *
 * No browser says so directly. Chromium gives such profiles a storage quota from memory
 * (here 4 GiB) and normal profiles one from the disk (a share of it, here 10 GiB): a quota
 * under twice the JavaScript heap limit marks an in-memory profile (the test that
 * detectIncognito uses). `persisted()` true always means kept. Elsewhere: unknown, nothing said.
 */
export type StorageDurability = 'kept' | 'ephemeral' | 'unknown';

export async function storageDurability(): Promise<StorageDurability> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  try {
    if (await storage?.persisted?.()) return 'kept';
    const quota = (await storage?.estimate?.())?.quota;
    const heapLimit = (performance as Performance & { memory?: { jsHeapSizeLimit?: number } }).memory?.jsHeapSizeLimit;
    if (!quota || !heapLimit) return 'unknown';
    return quota < 2 * heapLimit ? 'ephemeral' : 'kept';
  } catch {
    return 'unknown';
  }
}
