import { css } from 'lit';

/** The editor's own rules, after `tokens`, `frameStyles`, `listStyles` and `adminFormStyles`. */
export const contentEditorStyles = css`
  [part~='filters'] {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_participe-space);
  }
  fieldset {
    display: grid;
    gap: calc(var(--_participe-space) * 0.75);
    /* A fieldset is as wide as its content by default: at 320 px it would push the page sideways. */
    min-inline-size: 0;
    margin: 0;
    padding: var(--_participe-space);
    border: 1px solid var(--_participe-color-border);
    border-radius: var(--_participe-radius);
    background: var(--_participe-color-surface-alt);
  }
  /* The text and its FALC version side by side when there is room, one above the other otherwise. */
  fieldset.pair {
    grid-template-columns: repeat(auto-fit, minmax(min(16rem, 100%), 1fr));
    background: var(--_participe-color-surface);
  }
  fieldset.pair .flag {
    grid-column: 1 / -1;
  }
  legend,
  label {
    font-weight: 600;
  }
  .side {
    display: grid;
    gap: 0.25rem;
  }
  .hint {
    color: var(--_participe-color-muted);
  }
  .flag {
    font-weight: 600;
    padding-inline-start: 0.5rem;
    border-inline-start: 4px solid var(--_participe-color-warning);
  }
  input[type='search'],
  textarea,
  select {
    font: inherit;
    color: inherit;
    background: var(--_participe-color-surface);
    padding: 0.4rem 0.5rem;
    border: 1px solid var(--_participe-color-border);
    border-radius: var(--_participe-radius);
  }
  input[type='text'],
  textarea {
    width: 100%;
    box-sizing: border-box;
  }
  textarea[aria-invalid='true'] {
    border: 2px solid var(--_participe-color-danger);
  }
  textarea:focus-visible,
  select:focus-visible,
  h2:focus-visible,
  h3:focus-visible,
  [part~='error-summary']:focus-visible,
  [part~='failure']:focus-visible {
    outline: 3px solid var(--_participe-color-focus);
    outline-offset: 2px;
  }
  [part~='error-summary'],
  [part~='failure'] {
    color: var(--_participe-color-danger);
    font-weight: 600;
  }
  [part~='conflict'],
  [part~='history'] {
    display: grid;
    gap: 0.5rem;
    padding: var(--_participe-space);
    border: 2px solid var(--_participe-color-warning);
    border-radius: var(--_participe-radius);
  }
  [part~='history'] {
    border-color: var(--_participe-color-border);
  }
  dd {
    margin: 0 0 0.5rem;
  }
  [part~='item-meta'] {
    color: var(--_participe-color-muted);
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
`;
