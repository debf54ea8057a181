import { css } from 'lit';

/*
 * Phone layout (comments stay out of the template: they would ship in the bundle):
 * - overflow-wrap: anywhere is inherited by every view, so a long word (German compounds,
 *   URLs) breaks rather than pushing the page sideways, and counts so in flex/grid sizing;
 * - the header is one row: back, the town's name (shortened with … on inner pages), the
 *   language picker and the gear. In a narrow box (a phone, or large text: 30rem grows with
 *   the text) the picker is the globe, 44 px, with the native select laid transparently over
 *   it and its border, so a tap opens the device's own list;
 * - inner pages: the status is one short line (online/offline, progress while syncing);
 *   the time of the last update is on home and in settings;
 * - first visit: bones outline the home view while the content downloads.
 */
export const styles = css`
  :host {
    min-block-size: 12rem;
    border-radius: var(--kompass-app-radius, var(--_radius));
    container-type: inline-size;
    overflow-wrap: anywhere;
  }

  .frame {
    padding: var(--kompass-app-padding, var(--_space));
  }

  [part='header'] {
    margin-block-end: 0.5rem;
  }

  [part='header'] {
    flex-wrap: nowrap;
  }

  .brand {
    flex: 1 1 0;
    min-inline-size: 0;
    display: flex;
    align-items: center;
    min-block-size: var(--_target);
    font-size: var(--kompass-heading-size, 1.25rem);
    font-weight: 700;
    color: var(--_text);
    text-decoration: none;
  }

  .inner .brand {
    display: block;
    align-content: center;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    line-height: var(--_target);
  }

  .icon-button {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: var(--_target);
    block-size: var(--_target);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    cursor: pointer;
  }

  /* Mirror the back arrow for right-to-left languages. */
  [dir='rtl'] .icon-button.back svg {
    transform: scaleX(-1);
  }

  .language {
    position: relative;
    flex: 0 1 auto;
    min-inline-size: 0;
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    color: var(--_primary);
  }

  select {
    min-inline-size: 0;
    max-inline-size: 12rem;
  }

  @container (max-width: 30rem) {
    .language {
      flex: none;
      justify-content: center;
      inline-size: var(--_target);
      block-size: var(--_target);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }

    .language select {
      position: absolute;
      inset: -1px;
      inline-size: auto;
      min-block-size: 0;
      max-inline-size: none;
      opacity: 0;
      cursor: pointer;
    }

    .language:focus-within {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
  }

  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.4rem;
    margin: 0 0 0.5rem;
    font-size: 0.875rem;
    color: var(--_text-muted);
  }

  .status .dot {
    inline-size: 0.6rem;
    block-size: 0.6rem;
    border-radius: 50%;
    background: var(--_open);
  }

  .status.offline .dot {
    background: var(--_closed);
  }

  .status progress {
    inline-size: 6rem;
  }

  .status.compact {
    margin-block-end: 0.25rem;
    font-size: 0.8rem;
  }

  .status.compact .muted {
    display: none;
  }

  .content progress {
    display: block;
    inline-size: 100%;
    block-size: 0.5rem;
    margin-block: 0.25rem 0.75rem;
    accent-color: var(--_primary);
  }

  .skeleton {
    display: grid;
    gap: 0.75rem;
  }

  .bone {
    display: block;
    block-size: 2.75rem;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .bone.title {
    inline-size: 10rem;
    block-size: 1.5rem;
  }

  .bone.heading {
    inline-size: 70%;
    block-size: 1.75rem;
  }

  .bones {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10.5rem), 1fr));
    gap: 0.5rem;
  }

  .bone.card {
    block-size: 4.5rem;
  }

  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    padding: 0.5rem 0.75rem;
    margin: 0 0 0.75rem;
    border-inline-start: 4px solid var(--_primary);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }

  .notice.error {
    border-inline-start-color: var(--_closed);
  }

  .link {
    min-block-size: var(--_target);
    padding-inline: 0.5rem;
    border: none;
    background: none;
    color: var(--_primary);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  .button {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
    padding-inline: 1rem;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  h2 {
    margin-block: 0 0.75rem;
    font-size: 1.4rem;
  }

  [part='footer'] {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    margin-block-start: 1.5rem;
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_border);
    font-size: 0.875rem;
  }

  [part='footer'] a {
    color: var(--_primary);
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: var(--_target);
    /* Two characters in Chinese ("隐私") are narrower than a finger. */
    min-inline-size: var(--_target);
  }

  @media print {
    [part='header'] select,
    .icon-button,
    .status,
    .live {
      display: none;
    }
  }
`;
