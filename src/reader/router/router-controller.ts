import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parsePath, pathOf, type Route } from './routes.js';

export type RoutingMode = 'hash' | 'memory';

/** The hash prefix that marks Kompass's routes; everything else in the hash belongs to the host. */
export const HASH_PREFIX = '#/kompass';

/**
 * Keeps the current view. In `hash` mode it lives in `location.hash` under `#/kompass/…`,
 * so the back button and deep links work and the host's own routes are left alone; in
 * `memory` mode the URL is never touched and Kompass keeps its own history.
 */
export class RouterController implements ReactiveController {
  route: Route = { view: 'home' };
  private memoryStack: Route[] = [];
  private readonly onHashChange = () => this.readHash(true);

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly mode: () => RoutingMode,
    /** `replaced`: the route was refined in place (e.g. the search query while typing). */
    private readonly onChange: (route: Route, fromHistory: boolean, replaced: boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.mode() === 'hash') {
      window.addEventListener('hashchange', this.onHashChange);
      this.readHash(false);
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  get canGoBack(): boolean {
    return this.mode() === 'memory' ? this.memoryStack.length > 0 : this.route.view !== 'home';
  }

  navigate(route: Route, { replace = false } = {}): void {
    if (pathOf(route) === pathOf(this.route)) return;
    if (this.mode() === 'hash') {
      const hash = `${HASH_PREFIX}${pathOf(route)}`;
      if (replace) history.replaceState(history.state, '', hash);
      else history.pushState(history.state, '', hash);
    } else if (!replace) {
      this.memoryStack.push(this.route);
    }
    this.set(route, false, replace);
  }

  back(): void {
    if (this.mode() === 'hash') {
      history.back();
    } else {
      this.set(this.memoryStack.pop() ?? { view: 'home' }, true);
    }
  }

  private readHash(fromHistory: boolean): void {
    const hash = location.hash;
    if (!hash.startsWith(HASH_PREFIX)) {
      // Not ours: a host route. An empty hash (back to the very start) shows Kompass's home.
      if (hash === '' || hash === '#') this.set({ view: 'home' }, fromHistory);
      return;
    }
    this.set(parsePath(hash.slice(HASH_PREFIX.length) || '/'), fromHistory);
  }

  private set(route: Route, fromHistory: boolean, replaced = false): void {
    if (pathOf(route) === pathOf(this.route) && fromHistory) return;
    this.route = route;
    this.host.requestUpdate();
    this.onChange(route, fromHistory, replaced);
  }
}
