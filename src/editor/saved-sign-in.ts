/**
 * Where a clerk's access key is kept between page loads: in this tab only (sessionStorage:
 * a reload keeps her signed in, closing the tab forgets it), or — only when she ticks "stay
 * signed in" — on this device for every tab until she signs out (localStorage). Storage that
 * is unavailable (private mode, blocked) just means signing in again.
 */
export class SavedSignIn {
  constructor(private readonly key: string) {}

  /** The key kept for this tab, else the one kept on this device; `onThisDevice` while the device keeps it. */
  get(): { token: string; onThisDevice: boolean } | undefined {
    const onDevice = read(() => localStorage, this.key);
    const token = read(() => sessionStorage, this.key) ?? onDevice;
    return token ? { token, onThisDevice: !!onDevice } : undefined;
  }

  save(token: string, onThisDevice: boolean): void {
    attempt(() => sessionStorage.setItem(this.key, token));
    attempt(() => (onThisDevice ? localStorage.setItem(this.key, token) : localStorage.removeItem(this.key)));
  }

  clear(): void {
    attempt(() => sessionStorage.removeItem(this.key));
    attempt(() => localStorage.removeItem(this.key));
  }
}

function attempt(write: () => void): void {
  try {
    write();
  } catch {
    // Storage unavailable or full: the clerk signs in again next time.
  }
}

function read(storage: () => Storage, key: string): string | undefined {
  try {
    return storage().getItem(key) ?? undefined;
  } catch {
    return undefined; // unavailable
  }
}
