import { css } from 'lit';

export const libraryStyles = css`
  [part~='intro'],
  [part~='item-meta'] {
    color: var(--_participe-color-muted);
  }
  [part~='search'] {
    display: grid;
    gap: calc(var(--_participe-space) * 0.75);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    align-items: end;
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
  [part~='item-title'] {
    font-size: 1.125em;
  }
  [part~='item-link'] {
    min-height: 0;
    padding: 0;
    border: 0;
    background: none;
    font-weight: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  blockquote {
    margin: 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_participe-color-border);
    font-style: italic;
  }
  [part~='sheet'] {
    display: grid;
    gap: var(--_participe-space);
    padding: var(--_participe-space);
    border: 2px solid var(--_participe-color-primary);
    border-radius: var(--_participe-radius);
    background: var(--_participe-color-surface);
  }
  [part~='sheet-title'] {
    font-size: 1.25em;
  }
  [part~='sheet-meta'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
    padding: 0;
    list-style: none;
    color: var(--_participe-color-muted);
  }
  [part~='sheet-section'] {
    display: grid;
    gap: 0.5rem;
  }
  h5 {
    margin: 0;
    font-size: 1em;
  }
  [part~='viewpoints'] {
    display: grid;
    gap: calc(var(--_participe-space) * 0.75);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
  }
  [part~='viewpoint'] {
    display: grid;
    align-content: start;
    gap: 0.5rem;
    padding: calc(var(--_participe-space) * 0.75);
    border-radius: var(--_participe-radius);
    background: var(--_participe-color-surface-alt);
  }
`;
