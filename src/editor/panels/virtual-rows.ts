/**
 * Which rows of a long list or table are in or near the viewport, so that only those are in the
 * page: 5,000 entries are a few dozen elements (a list of up to 200 is drawn whole). The rows
 * are taken to be about the same height, measured from the rows drawn; the space of the others
 * is kept by padding (lists) or a spacer row (tables), so the scroll bar and the page's length
 * are right.
 *
 * No ResizeObserver: its benign "loop completed" errors reach the host page's error handlers.
 * The window is made again, once per frame, on scroll (of the page or any scrolling ancestor:
 * caught at the document), on resize and after each render. The row that has focus stays drawn,
 * and `reveal()` draws a row that is not, so that focus can go back to it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RowWindow {
  /** First row drawn, and one past the last. */
  start: number;
  end: number;
  /** Space for the rows before and after those drawn, in pixels. */
  before: number;
  after: number;
}

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

/** Rows drawn beyond the viewport on each side, and at first (before anything is measured). */
const OVERSCAN = 10;
const FIRST = 60;
/**
 * Lists up to this long are drawn whole: a small town's directory stays findable with the
 * browser's own search (Ctrl+F), which sees only what is in the page.
 */
const WHOLE = 200;

export class VirtualRows implements ReactiveController {
  private height = 40;
  private start = 0;
  private end = FIRST;
  private total = 0;
  /** The row that has focus (or is being revealed): drawn wherever the viewport is. */
  private pinned = -1;
  private frame = 0;
  private readonly schedule = (): void => {
    if (!this.frame) this.frame = requestAnimationFrame(() => ((this.frame = 0), this.update()));
  };
  private readonly focusIn = (e: FocusEvent): void => {
    const container = this.container();
    const row = (e.composedPath() as Element[]).find((el) => el instanceof HTMLElement && el.parentElement === container && el.dataset['row'] !== undefined);
    if (row) this.pinned = Number((row as HTMLElement).dataset['row']);
  };

  /** `selector`: the element whose children are the rows (a `ul`, a `tbody`), in the host's render root. */
  constructor(
    private readonly host: Host,
    private readonly selector: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('scroll', this.schedule, { capture: true, passive: true });
    addEventListener('resize', this.schedule, { passive: true });
    this.host.renderRoot.addEventListener('focusin', this.focusIn as EventListener);
  }

  hostDisconnected(): void {
    document.removeEventListener('scroll', this.schedule, { capture: true });
    removeEventListener('resize', this.schedule);
    this.host.renderRoot.removeEventListener('focusin', this.focusIn as EventListener);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  hostUpdated(): void {
    if (this.container()) this.schedule();
  }

  /** The rows of `total` to draw now. */
  window(total: number): RowWindow {
    if (total <= WHOLE) {
      this.total = total;
      return { start: 0, end: total, before: 0, after: 0 };
    }
    if (total !== this.total) {
      this.total = total;
      if (this.pinned >= total) this.pinned = -1;
    }
    let start = Math.min(this.start, total);
    let end = Math.min(this.end, total);
    if (this.pinned >= 0 && (this.pinned < start || this.pinned >= end)) {
      // Far from the viewport only while the clerk scrolls away from it; the row keeps its focus.
      start = Math.min(start, this.pinned);
      end = Math.max(end, this.pinned + 1);
      if (end - start > 4 * FIRST) [start, end] = [Math.max(0, this.pinned - OVERSCAN), Math.min(total, this.pinned + OVERSCAN)];
    }
    return { start, end, before: start * this.height, after: Math.max(0, total - end) * this.height };
  }

  /** Draws row `index` (the page scrolls to it when it is focused) and answers once it is in the page. */
  async reveal(index: number): Promise<void> {
    await null; // after the render that asked for it, not inside it
    this.pinned = index;
    this.start = Math.max(0, index - OVERSCAN);
    this.end = index + OVERSCAN + 1;
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  private container(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(this.selector);
  }

  /** Measures the rows drawn and makes the window of the viewport; renders again when it moved. */
  private update(): void {
    const container = this.container();
    if (!container || this.total <= WHOLE) return;
    const rows = [...container.children].filter((el): el is HTMLElement => el instanceof HTMLElement && el.dataset['row'] !== undefined);
    if (rows.length >= 2) {
      const first = rows[0]!.getBoundingClientRect();
      const last = rows[rows.length - 1]!.getBoundingClientRect();
      const measured = (last.top - first.top) / (rows.length - 1);
      if (measured > 0) this.height = measured;
    }
    const box = container.getBoundingClientRect();
    const first = Math.floor(Math.max(0, -box.top) / this.height);
    const last = Math.ceil(Math.max(0, innerHeight - box.top) / this.height);
    const start = Math.max(0, first - OVERSCAN);
    const end = Math.min(this.total, Math.max(last + OVERSCAN, start + 1));
    if (this.pinned >= 0 && !rows.some((r) => r.contains(document.activeElement) || r.contains((this.host.renderRoot as Document | ShadowRoot).activeElement ?? null))) {
      // The pinned row lost focus (or never had it): it no longer needs to stay.
      if (this.pinned < start || this.pinned >= end) this.pinned = -1;
    }
    if (start !== this.start || end !== this.end) {
      this.start = start;
      this.end = end;
      this.host.requestUpdate();
    }
  }
}
