import { css } from 'lit';

export const compositionStyles = css`
  [part~='overview'] {
    display: grid;
    gap: var(--_participe-space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
  }
  [part~='overview'] > section {
    display: grid;
    gap: 0.5rem;
    align-content: start;
  }
  [part~='meter'] {
    position: relative;
    height: 1.25rem;
    border: 2px solid var(--_participe-color-border);
    border-radius: var(--_participe-radius);
    background: var(--_participe-color-surface);
    overflow: hidden;
  }
  [part~='meter-fill'] {
    height: 100%;
    width: var(--_participe-share, 0%);
    background: var(--_participe-color-success);
  }
  [part~='meter'][data-low] [part~='meter-fill'] {
    background: var(--_participe-color-warning);
  }
  /* The rule's threshold, drawn over the bar so a short bar is seen to fall short of it. */
  [part~='meter-threshold'] {
    position: absolute;
    inset-block: 0;
    inset-inline-start: var(--_participe-threshold, 50%);
    border-inline-start: 3px solid var(--_participe-color-text);
  }
  [part~='parity-warning'] {
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_participe-color-warning);
    border-radius: var(--_participe-radius);
    color: var(--_participe-color-warning);
    background: var(--_participe-color-surface);
    font-weight: 700;
  }
  [part~='by-role'],
  [part~='leaving'] {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  [part~='members'] td:last-child button {
    white-space: nowrap;
  }
`;
