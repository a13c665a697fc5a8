import { css } from 'lit';

/**
 * The board's own rules, after `tokens` and `frameStyles`. Bars are SVG rectangles filled with
 * the theme's primary colour (the answered part darker over the received part); in forced
 * colours they take the system's text colour, and in print they keep their fill.
 */
export const boardStyles = css`
  [part~='status']:empty {
    display: none;
  }
  [part~='scope'] {
    color: var(--_participe-color-muted);
    font-weight: 600;
  }
  [part~='summary'] {
    font-size: 1.125em;
  }
  [part~='figures'] {
    display: grid;
    /* 12rem: a figure ("22,5 jours", never broken) keeps its box with letters spaced 0.12 em
       apart (RGAA 10.12); one column on a phone. */
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: calc(var(--_participe-space) * 0.5);
    margin: 0;
  }
  [part~='figures'] > div {
    padding: calc(var(--_participe-space) * 0.75);
    border: 1px solid var(--_participe-color-border);
    border-radius: var(--_participe-radius);
    background: var(--_participe-color-surface-alt);
  }
  dt {
    font-size: 0.875em;
  }
  dd {
    margin: 0;
    font-size: 1.5em;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  [part~='section'] {
    display: grid;
    gap: calc(var(--_participe-space) * 0.5);
    break-inside: avoid;
  }
  h3 {
    font-size: 1.25em;
  }
  ol,
  ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  [part~='overdue'] li,
  .commitments > li {
    margin-block-end: calc(var(--_participe-space) * 0.5);
  }
  .title,
  .what strong {
    font-weight: 600;
  }
  .meta {
    display: block;
    color: var(--_participe-color-muted);
  }
  /* A table wider than a phone scrolls inside its own region, never the page. */
  .scroll {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25rem;
  }
  th,
  td {
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--_participe-color-border);
    text-align: start;
    vertical-align: middle;
  }
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .chart {
    width: 40%;
    min-width: 6rem;
  }
  [part~='bar'] {
    display: block;
    width: 100%;
    height: 0.875rem;
  }
  /* The light part alone contrasts 1.9:1 with the page: its outline in the primary colour
     keeps the bar's length visible at 3:1 or more (RGAA 3.3), one pixel whatever the scale. */
  [part~='bar-total'] {
    fill: var(--_participe-color-primary);
    fill-opacity: 0.35;
    stroke: var(--_participe-color-primary);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }
  [part~='bar-inner'] {
    fill: var(--_participe-color-primary);
  }
  .commitments {
    list-style: none;
    padding: 0;
  }
  [part~='commitment'] {
    display: grid;
    gap: 0.25rem;
    padding: calc(var(--_participe-space) * 0.75);
    border: 1px solid var(--_participe-color-border);
    border-radius: var(--_participe-radius);
  }
  .what {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: baseline;
  }
  .flag {
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    border-radius: var(--_participe-radius);
    font-size: 0.875em;
    font-weight: 600;
  }
  [part~='late'] {
    color: var(--_participe-color-danger);
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  progress {
    flex: 1 1 8rem;
    accent-color: var(--_participe-color-primary);
  }
  .milestones [data-state='met'] {
    color: var(--_participe-color-success);
  }
  @media (forced-colors: active) {
    [part~='bar-total'],
    [part~='bar-inner'] {
      fill: CanvasText;
      stroke: CanvasText;
    }
    [part~='bar-total'] {
      fill-opacity: 0.4;
    }
  }
  @media print {
    :host {
      color: #000;
    }
    [part~='status'],
    [part~='error'],
    .print-hidden {
      display: none;
    }
    .scroll {
      overflow: visible;
    }
    [part~='bar'] {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    [part~='commitment'] {
      break-inside: avoid;
    }
  }
`;
