import { css } from 'lit';
import { forcedColorStyles } from './forced-colors.js';

/**
 * The administration widgets' shared rules (spaces, staff, council settings): the status line,
 * the list of items, fields with their hint and error, native inputs and buttons with the
 * theme's focus ring, the actions row.
 */
export const adminFormStyles = css`
  [part~='status']:empty {
    display: none;
  }
  [part~='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  [part~='list'] li {
    display: flex;
    justify-content: space-between;
    align-items: start;
    gap: var(--_participe-space);
    padding: 0.75rem;
    border: 1px solid currentColor;
    border-radius: var(--_participe-radius);
  }
  .hint {
    font-size: 0.9em;
  }
  [part~='form'] {
    display: grid;
    gap: var(--_participe-space);
    padding: var(--_participe-space);
    border: 2px solid var(--_participe-color-primary);
    border-radius: var(--_participe-radius);
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .field.check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  input[type='text'],
  input[type='number'] {
    font: inherit;
    padding: 0.4rem 0.5rem;
    border: 1px solid currentColor;
    border-radius: var(--_participe-radius);
    max-width: 36rem;
  }
  input[aria-invalid='true'] {
    border: 2px solid var(--_participe-color-danger);
  }
  .error {
    color: var(--_participe-color-danger);
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  button {
    font: inherit;
    padding: 0.4rem 0.9rem;
    border: 2px solid var(--_participe-color-primary);
    border-radius: var(--_participe-radius);
    background: transparent;
    color: var(--_participe-color-primary);
    cursor: pointer;
  }
  button.primary {
    background: var(--_participe-color-primary);
    color: var(--_participe-color-on-primary);
  }
  button:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--_participe-color-focus);
    outline-offset: 2px;
  }
  button[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  pre {
    margin: 0;
    white-space: pre-wrap;
    word-break: break-all;
  }
  ${forcedColorStyles}
`;
