import { css } from 'lit';

/** Layout shared by the group-running widgets, after `frameStyles`: tables, forms, messages. */
export const adminStyles = css`
  [part~='status']:empty {
    display: none;
  }
  [part~='status'] {
    font-weight: 600;
  }
  [part~='panel'] {
    display: grid;
    gap: calc(var(--_participe-space) * 0.75);
    padding: var(--_participe-space);
    border: 1px solid var(--_participe-color-border);
    border-radius: var(--_participe-radius);
    background: var(--_participe-color-surface);
  }
  form[part~='panel'] {
    background: var(--_participe-color-surface-alt);
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  label,
  legend {
    font-weight: 600;
  }
  fieldset {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: calc(var(--_participe-space) * 0.75);
    border: 1px solid var(--_participe-color-border);
    border-radius: var(--_participe-radius);
  }
  legend {
    padding: 0 0.25rem;
  }
  .optional,
  .hint {
    color: var(--_participe-color-muted);
    font-weight: 400;
  }
  .error {
    color: var(--_participe-color-danger);
    font-weight: 600;
  }
  .check {
    display: grid;
    grid-template-columns: 1.5rem 1fr;
    gap: 0.25rem 0.5rem;
    align-items: center;
  }
  .check input {
    width: 1.5rem;
    min-height: 1.5rem;
    margin: 0;
  }
  .check label {
    font-weight: 400;
  }
  .check .hint {
    grid-column: 2;
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  button:disabled {
    cursor: not-allowed;
    border-color: var(--_participe-color-muted);
    color: var(--_participe-color-muted);
  }
  button.primary:disabled {
    background: var(--_participe-color-muted);
    color: var(--_participe-color-on-primary);
  }
  :host {
    display: block;
    min-width: 0;
    max-width: 100%;
  }
  .table-scroll {
    max-width: 100%;
    overflow-x: auto;
  }
  .table-scroll:focus-visible {
    outline: 3px solid var(--_participe-color-focus);
    outline-offset: 2px;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.5rem;
  }
  th,
  td {
    padding: 0.5rem;
    border-bottom: 1px solid var(--_participe-color-border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    border-bottom-width: 2px;
  }
  tbody th {
    font-weight: 600;
  }
  td button,
  li button {
    min-height: 44px;
  }
  /* The error and failure boxes come from frameStyles; here they cover what is behind them. */
  [part~='error'],
  [part~='failure'] {
    background: var(--_participe-color-surface);
  }
  [part~='read-only'] {
    color: var(--_participe-color-muted);
  }
`;
