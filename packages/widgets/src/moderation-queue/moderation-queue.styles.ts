import { css } from 'lit';

/** The queue's own rules, after `frameStyles` and `listStyles` (the filters and the items). */
export const moderationStyles = css`
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    grid-column: 1 / -1;
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_participe-color-border);
    border-radius: var(--_participe-radius);
  }
  legend {
    padding: 0 0.25rem;
    font-weight: 600;
  }
  fieldset label {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-height: 44px;
    font-weight: 400;
  }
  [type='radio'] {
    width: 1.25rem;
    min-height: 1.25rem;
    margin: 0;
  }
  [aria-busy='true'] {
    cursor: progress;
  }
  [part~='item'] {
    gap: 0.5rem;
  }
  [part~='hint'] {
    color: var(--_participe-color-muted);
  }
  [part~='item-body'] {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  [part~='reports'] {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  [part~='reports'] p {
    overflow-wrap: anywhere;
  }
  [part~='item-actions'],
  [part~='form-actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  [part~='reason-form'],
  [part~='confirm'] {
    display: grid;
    gap: 0.5rem;
    padding: var(--_participe-space);
    border-inline-start: 4px solid var(--_participe-color-primary);
    background: var(--_participe-color-surface-alt);
  }
  [part~='field-error'],
  [part~='action-error'] {
    color: var(--_participe-color-danger);
    font-weight: 600;
  }
  [part~='notice'] {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    padding: var(--_participe-space);
    border: 2px solid var(--_participe-color-warning);
    border-radius: var(--_participe-radius);
  }
`;
