import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type WorkerState = 'none' | 'registered' | 'update-waiting' | 'failed';

/**
 * Registers Kompass's service worker when the host opts in (`service-worker` attribute),
 * through workbox-window, loaded only then. When a new version waits, it tells the host
 * through `onUpdate`; `activate()` lets the new version take over and reloads the page.
 */
export class ServiceWorkerController implements ReactiveController {
  state: WorkerState = 'none';
  error: string | undefined;
  private registeredUrl: string | undefined;
  private activateWaiting: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onUpdate: (activate: () => void) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  async register(url: string, scope: string | undefined): Promise<void> {
    if (!url || this.registeredUrl === url || !('serviceWorker' in navigator)) return;
    this.registeredUrl = url;
    try {
      const { Workbox } = await import('workbox-window');
      const wb = new Workbox(url, scope ? { scope } : undefined);
      wb.addEventListener('waiting', () => {
        this.activateWaiting = () => {
          wb.addEventListener('controlling', () => location.reload());
          wb.messageSkipWaiting();
        };
        this.state = 'update-waiting';
        this.host.requestUpdate();
        this.onUpdate(() => this.activate());
      });
      await wb.register();
      if (this.state === 'none') this.state = 'registered';
      // Let the worker keep this page and its styles, so the next load works offline.
      const assets = [...document.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"], link[rel~="icon"]')].map((l) => l.href);
      void wb.active.then((sw) => sw.postMessage({ type: 'KOMPASS_CACHE_PAGE', page: location.href, assets }));
    } catch (e) {
      this.state = 'failed';
      this.error = e instanceof Error ? e.message : String(e);
    }
    this.host.requestUpdate();
  }

  /** Lets the waiting version take over; the page reloads when it controls it. */
  activate(): void {
    this.activateWaiting?.();
  }
}
