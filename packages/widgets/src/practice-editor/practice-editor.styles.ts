import { css } from 'lit';

/** The editor's own rules, after `tokens`, `frameStyles` and `listStyles`. */
export const practiceEditorStyles = css`
  [part~='status']:empty {
    display: none;
  }
  [part~='form'],
  [part~='reason-form'] {
    display: grid;
    gap: var(--_participe-space);
    padding: var(--_participe-space);
    border: 2px solid var(--_participe-color-primary);
    border-radius: var(--_participe-radius);
  }
  fieldset {
    display: grid;
    gap: calc(var(--_participe-space) * 0.75);
    margin: 0;
    padding: var(--_participe-space);
    border: 1px solid var(--_participe-color-border);
    border-radius: var(--_participe-radius);
    background: var(--_participe-color-surface-alt);
  }
  [part~='testimony'] {
    background: var(--_participe-color-surface);
  }
  legend {
    font-weight: 700;
    padding: 0 0.25rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  label {
    font-weight: 600;
  }
  label.check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: 400;
  }
  .need,
  .hint {
    font-weight: 400;
    color: var(--_participe-color-muted);
  }
  .hint {
    font-size: 0.9em;
  }
  input[type='text'],
  textarea,
  select {
    font: inherit;
    color: inherit;
    background: var(--_participe-color-surface);
    padding: 0.4rem 0.5rem;
    border: 1px solid var(--_participe-color-border);
    border-radius: var(--_participe-radius);
    max-width: 40rem;
    width: 100%;
  }
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_participe-color-danger);
  }
  .error,
  [part~='error-summary'] {
    color: var(--_participe-color-danger);
    font-weight: 600;
  }
  [part~='notice'],
  [part~='conflict'],
  [part~='kept'] {
    display: grid;
    gap: 0.5rem;
    padding: var(--_participe-space);
    border: 2px solid var(--_participe-color-warning);
    border-radius: var(--_participe-radius);
  }
  [part~='failure'] {
    color: var(--_participe-color-danger);
  }
  [part~='sheet'] {
    display: grid;
    gap: calc(var(--_participe-space) * 0.75);
    padding: var(--_participe-space);
    border: 1px solid var(--_participe-color-border);
    border-radius: var(--_participe-radius);
    background: var(--_participe-color-surface);
  }
  [part~='sheet'] section {
    display: grid;
    gap: 0.25rem;
  }
  [part~='sheet'] ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  [part~='sheet-meta'],
  [part~='item-meta'] {
    color: var(--_participe-color-muted);
  }
  blockquote,
  figure {
    margin: 0;
    padding-inline-start: var(--_participe-space);
    border-inline-start: 4px solid var(--_participe-color-border);
  }
  .pt {
    white-space: pre-line;
  }
  a {
    color: var(--_participe-color-primary);
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  button {
    font: inherit;
    border: 2px solid var(--_participe-color-primary);
    border-radius: var(--_participe-radius);
    background: var(--_participe-color-surface);
    color: var(--_participe-color-primary);
    cursor: pointer;
  }
  button.primary {
    background: var(--_participe-color-primary);
    color: var(--_participe-color-on-primary);
  }
`;
