import { css } from 'lit';

/** The widget's own rules, after `tokens` and `frameStyles` (headings, base, heading, error box). */
export const {{camel}}Styles = css`
  [part~='status']:empty {
    display: none;
  }
`;
