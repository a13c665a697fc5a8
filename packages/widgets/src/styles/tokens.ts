import { css } from 'lit';
import { forcedColorStyles } from './forced-colors.js';

/**
 * The public theming surface: `--participe-*` custom properties, set by a council's theme
 * on the page (see `themes/`). Private `--_participe-*` copies hold the fallbacks.
 * Default colours meet WCAG 2.2 AA contrast on white.
 */
export const tokens = css`
  :host {
    --_participe-color-text: var(--participe-color-text, #1f2328);
    --_participe-color-muted: var(--participe-color-muted, #4d5560);
    --_participe-color-surface: var(--participe-color-surface, #ffffff);
    --_participe-color-surface-alt: var(--participe-color-surface-alt, #f3f4f6);
    --_participe-color-border: var(--participe-color-border, #6b7280);
    --_participe-color-primary: var(--participe-color-primary, #1d4ed8);
    --_participe-color-on-primary: var(--participe-color-on-primary, #ffffff);
    --_participe-color-danger: var(--participe-color-danger, #b42318);
    --_participe-color-success: var(--participe-color-success, #1a7f37);
    --_participe-color-warning: var(--participe-color-warning, #8a4b00);
    --_participe-color-focus: var(--participe-color-focus, #1d4ed8);
    --_participe-radius: var(--participe-radius, 0.375rem);
    --_participe-space: var(--participe-space, 1rem);
    --_participe-font-size: var(--participe-font-size, 1rem);
    display: block;
    font-family: inherit;
    font-size: var(--_participe-font-size);
    line-height: 1.5;
    color: var(--_participe-color-text);
  }
  /* FALC (easy to read): bigger text, in every widget, whatever base size the host page sets. */
  :host([variant='falc']) {
    --_participe-font-size: calc(var(--participe-font-size, 1rem) * 1.125);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_participe-color-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    min-height: 44px;
    padding: 0.5rem 1rem;
    border-radius: var(--_participe-radius);
    border: 2px solid var(--_participe-color-primary);
    background: var(--_participe-color-surface);
    color: var(--_participe-color-primary);
    cursor: pointer;
  }
  button.primary {
    background: var(--_participe-color-primary);
    color: var(--_participe-color-on-primary);
  }
  input,
  textarea,
  select {
    font: inherit;
    color: inherit;
    min-height: 44px;
    padding: 0.5rem;
    border: 2px solid var(--_participe-color-border);
    border-radius: var(--_participe-radius);
    background: var(--_participe-color-surface);
    width: 100%;
  }
  [aria-invalid='true'] {
    border-color: var(--_participe-color-danger);
  }
  ${forcedColorStyles}
`;
