import { css } from 'lit';

/** The library's own rules: the sheet. The search form and the items are `listStyles` (styles/list.ts). */
export const libraryStyles = css`
  [part~='intro'] {
    color: var(--_participe-color-muted);
  }
  blockquote {
    margin: 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_participe-color-border);
    font-style: italic;
  }
  [part~='sheet'] {
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
