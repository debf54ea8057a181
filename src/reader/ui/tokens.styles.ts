import { css } from 'lit';

/**
 * System tokens. Every one can be set by the host as `--kompass-*` on the element or any
 * ancestor; component tokens fall back to these. Only logical properties are used, so
 * right-to-left needs no special case.
 */
export const tokens = css`
  :host {
    --_primary: var(--kompass-color-primary, #0b5cad);
    --_on-primary: var(--kompass-color-on-primary, #ffffff);
    --_surface: var(--kompass-color-surface, #ffffff);
    --_surface-alt: var(--kompass-color-surface-alt, #f2f4f7);
    --_text: var(--kompass-color-text, #1a1d21);
    --_text-muted: var(--kompass-color-text-muted, #4a5260);
    --_border: var(--kompass-color-border, #c4cad3);
    --_open: var(--kompass-color-open, #186a3b);
    --_closed: var(--kompass-color-closed, #a12622);
    --_focus: var(--kompass-color-focus, #c05600);
    --_radius: var(--kompass-radius, 0.5rem);
    --_space: var(--kompass-space, 1rem);
    --_font: var(--kompass-font-family, system-ui, 'Noto Sans', 'Noto Sans Arabic', sans-serif);
    --_font-size: var(--kompass-font-size, 1rem);
    --_target: 44px;

    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
    text-align: start;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_primary: var(--kompass-color-primary-dark, #7cb8ff);
      --_on-primary: var(--kompass-color-on-primary-dark, #0b1b2e);
      --_surface: var(--kompass-color-surface-dark, #15181c);
      --_surface-alt: var(--kompass-color-surface-alt-dark, #22262c);
      --_text: var(--kompass-color-text-dark, #eef1f5);
      --_text-muted: var(--kompass-color-text-muted-dark, #b8c0cc);
      --_border: var(--kompass-color-border-dark, #4a525e);
      --_open: var(--kompass-color-open-dark, #6fdc9a);
      --_closed: var(--kompass-color-closed-dark, #ff9a94);
      --_focus: var(--kompass-color-focus-dark, #ffb36b);
    }
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box; /* not inherit: a host rule on * reaches :host itself */
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
