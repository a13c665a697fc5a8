import { css } from 'lit';

/** The widget's own rules, after `tokens`, `frameStyles` and the administration's form rules. */
export const councilSettingsStyles = css`
  [part~='status']:empty {
    display: none;
  }
`;
