import { css } from 'lit';

export const detailStyles = css`
  h2,
  h3,
  h4,
  p {
    margin: 0;
  }
  ol,
  ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  [part~='article'] {
    display: grid;
    gap: calc(var(--_participe-space) * 1.25);
  }
  [part~='header'],
  [part~='answer'],
  [part~='commitments'],
  [part~='timeline'],
  [part~='follow-up'] {
    display: grid;
    gap: 0.5rem;
  }
  [part~='title'] {
    font-size: 1.5em;
  }
  [part~='meta'] {
    color: var(--_participe-color-muted);
  }
  [part~='body'],
  [part~='answer-text'] {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  [part~='answer'],
  [part~='follow-up'] {
    padding: var(--_participe-space);
    border-inline-start: 4px solid var(--_participe-color-primary);
    background: var(--_participe-color-surface-alt);
  }
  [part~='signature'] {
    font-style: italic;
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
  [part~='timeline-list'] time {
    font-weight: 600;
  }
  [part~='live-status']:not(:empty),
  [part~='not-found'] {
    margin-block-end: var(--_participe-space);
  }
  [part~='code-form'] {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    max-width: 28rem;
  }
  label {
    font-weight: 600;
  }
  [part~='hint'] {
    color: var(--_participe-color-muted);
  }
  [part~='error'],
  [part~='not-found'] {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    padding: var(--_participe-space);
    border: 2px solid var(--_participe-color-danger);
    border-radius: var(--_participe-radius);
    color: var(--_participe-color-danger);
  }
  a,
  summary {
    color: var(--_participe-color-primary);
  }
  summary {
    cursor: pointer;
    text-decoration: underline;
  }
  [part~='report-form'] {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    max-width: 36rem;
    margin-block-start: 0.5rem;
  }
  fieldset {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    border: 1px solid var(--_participe-color-border);
    border-radius: var(--_participe-radius);
  }
  fieldset label {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    font-weight: 400;
  }
  [type='radio'] {
    width: 1.25rem;
    min-height: 1.25rem;
    margin: 0;
  }
  [part~='author'],
  [part~='author-form'],
  [part~='author-confirm'],
  [part~='author-erased'] {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  [part~='author'] {
    padding: var(--_participe-space);
    border: 2px solid var(--_participe-color-primary);
    border-radius: var(--_participe-radius);
  }
  [part~='author-form'] {
    width: min(100%, 36rem);
  }
  [part~='author-form'] :is(input, textarea) {
    width: 100%;
    box-sizing: border-box;
  }
  [part~='author-actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  #author-problem,
  #report-error {
    color: var(--_participe-color-danger);
    font-weight: 600;
  }
  [part~='late'] {
    color: var(--_participe-color-danger);
    font-weight: 600;
  }
`;
