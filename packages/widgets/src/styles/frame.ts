import { css } from 'lit';

/**
 * The frame a widget's content sits in, after `tokens`: headings and paragraphs without
 * margins (the `base` grid spaces them), the `heading` part's size, and the alert box: `error`
 * (could not load, with its retry button), `failure` (an action was refused), `denied` (not for
 * this role). A widget's own styles come after and may add to them.
 */
export const frameStyles = css`
  h2,
  h3,
  h4,
  p {
    margin: 0;
  }
  [part~='base'] {
    display: grid;
    gap: var(--_participe-space);
  }
  [part~='heading'] {
    font-size: 1.5em;
  }
  [part~='error'],
  [part~='failure'],
  [part~='denied'] {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    padding: var(--_participe-space);
    border: 2px solid var(--_participe-color-danger);
    border-radius: var(--_participe-radius);
    color: var(--_participe-color-danger);
  }
`;
