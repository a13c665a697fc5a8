import { css } from 'lit';

/**
 * Forced colours (Windows high contrast): the system paints every background with `Canvas`,
 * so a primary button would look like a secondary one. It keeps a fill of its own in system
 * colours (`Highlight`), a disabled one turns `GrayText`, and its focus ring, which the
 * system no longer paints for it, is drawn in `CanvasText` on the page around it.
 * Checked on screenshots by test/storybook-display.test.ts.
 */
export const forcedColorStyles = css`
  @media (forced-colors: active) {
    button.primary {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
    button.primary:disabled {
      background: Canvas;
      border-color: GrayText;
      color: GrayText;
    }
    button.primary:focus-visible {
      outline-color: CanvasText;
    }
  }
`;
