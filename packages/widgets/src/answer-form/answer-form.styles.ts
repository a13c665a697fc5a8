import { css } from 'lit';

// Layout only, after `frameStyles`; colours, radius and spacing come from the public `--participe-*` tokens.
export const answerFormStyles = css`
  ol,
  ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  [part~='contribution'],
  [part~='workflow'],
  [part~='conflict'] {
    display: grid;
    gap: var(--_participe-space);
  }
  [part~='status']:empty {
    display: none;
  }
  [part~='heading'],
  [part~='title'] {
    font-size: 1.5em;
    line-height: 1.25;
  }
  [part~='items'] {
    display: grid;
    gap: calc(var(--_participe-space) * 0.75);
    padding: 0;
    list-style: none;
  }
  [part~='item'] {
    display: grid;
    gap: 0.25rem;
    padding: var(--_participe-space);
    border: 1px solid var(--_participe-color-border);
    border-radius: var(--_participe-radius);
    background: var(--_participe-color-surface);
  }
  [part~='item-link'] {
    min-height: 44px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_participe-color-primary);
    font-size: 1.125em;
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
  }
  [part~='item-meta'],
  [part~='meta'],
  [part~='hint'],
  .hint {
    color: var(--_participe-color-muted);
  }
  [part~='changed-badge'] {
    justify-self: start;
    padding: 0.125rem 0.5rem;
    border: 2px solid var(--_participe-color-warning);
    border-radius: var(--_participe-radius);
    color: var(--_participe-color-warning);
    font-weight: 700;
  }
  /* The box sits on the label's first line, however many lines the label takes. */
  [part~='check'],
  .choice {
    display: flex;
    gap: 0.5rem;
    align-items: start;
  }
  [part~='check'] input,
  .choice input {
    flex: none;
    width: 1.5rem;
    min-height: 1.5rem;
    margin: 0;
    margin-block-start: max(0px, calc((1lh - 1.5rem) / 2));
  }
  [part~='bulk-actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  [part~='confirm'],
  [part~='notice'],
  [part~='conflict-notice'],
  [part~='step'],
  [part~='answer'] {
    display: grid;
    gap: 0.5rem;
    padding: var(--_participe-space);
    border-radius: var(--_participe-radius);
    background: var(--_participe-color-surface-alt);
  }
  [part~='confirm'],
  [part~='answer'] {
    border-inline-start: 4px solid var(--_participe-color-primary);
  }
  [part~='notice'] {
    border-inline-start: 4px solid var(--_participe-color-success);
  }
  [part~='conflict-notice'],
  [part~='conflict'] {
    border-inline-start: 4px solid var(--_participe-color-warning);
  }
  [part~='conflict'] {
    padding-inline-start: var(--_participe-space);
  }
  .versions {
    display: grid;
    gap: var(--_participe-space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
  }
  [part~='theirs'],
  [part~='mine'] {
    display: grid;
    gap: 0.5rem;
    align-content: start;
    padding: var(--_participe-space);
    border: 1px solid var(--_participe-color-border);
    border-radius: var(--_participe-radius);
  }
  [part~='back'],
  [part~='conflict'] > button,
  [part~='overdue-badge'] {
    justify-self: start;
  }
  [part~='header'],
  [part~='commitments'],
  [part~='timeline'] {
    display: grid;
    gap: 0.5rem;
  }
  [part~='body'],
  .text {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  [part~='commitment'] {
    display: grid;
    gap: 0.25rem;
    padding-block: 0.5rem;
  }
  progress {
    width: min(100%, 20rem);
    height: 1rem;
    accent-color: var(--_participe-color-primary);
  }
  .field {
    display: grid;
    gap: 0.375rem;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .choices {
    display: grid;
    gap: 0.25rem;
  }
  label,
  legend {
    font-weight: 600;
    padding: 0;
  }
  textarea {
    min-height: 7rem;
    resize: vertical;
  }
  [part~='field-error'],
  [part~='alert'],
  [part~='error'],
  [part~='denied'] {
    font-weight: 600;
    color: var(--_participe-color-danger);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.75;
  }
`;
