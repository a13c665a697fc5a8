import { css } from 'lit';

/**
 * What the list widgets share (contribution list, moderation queue, practice library): the
 * search form (`search`, or `filters`), the live summary, the items and their title, link and
 * meta. Each widget's own styles come after and add what is its own.
 */
export const listStyles = css`
  [part~='search'],
  [part~='filters'] {
    display: grid;
    gap: calc(var(--_participe-space) * 0.75);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    align-items: end;
    margin: 0;
    padding: var(--_participe-space);
    border: 1px solid var(--_participe-color-border);
    border-radius: var(--_participe-radius);
    background: var(--_participe-color-surface-alt);
  }
  label {
    display: block;
    font-weight: 600;
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  [part~='summary'] {
    font-weight: 600;
  }
  [part~='items'] {
    display: grid;
    gap: calc(var(--_participe-space) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* No dimming while the next page loads: faded text would fail contrast; the summary says it. */
  [part~='items'][aria-busy='true'] {
    cursor: progress;
  }
  [part~='item'] {
    display: grid;
    gap: 0.25rem;
    padding: var(--_participe-space);
    border: 1px solid var(--_participe-color-border);
    border-radius: var(--_participe-radius);
    background: var(--_participe-color-surface);
  }
  [part~='item-title'] {
    font-size: 1.125em;
  }
  [part~='item-link'] {
    color: var(--_participe-color-primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  button[part~='item-link'] {
    min-height: 0;
    padding: 0;
    border: 0;
    background: none;
    font-weight: inherit;
    text-align: start;
  }
  [part~='item-meta'] {
    color: var(--_participe-color-muted);
  }
`;
