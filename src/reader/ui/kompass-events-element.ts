import { KompassElement } from './kompass-element.js';
import { EventStringsController } from '../i18n/event-strings.js';

/**
 * Base of the views of events and notices: `KompassElement` plus the `events` strings,
 * loaded with the view. `updateComplete` waits for them, so a test (or a host) that awaits
 * it sees the finished view.
 */
export class KompassEventsElement extends KompassElement {
  protected readonly eventStrings = new EventStringsController(this, () => this.i18n.state);

  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.eventStrings.loaded;
    return super.getUpdateComplete();
  }
}
