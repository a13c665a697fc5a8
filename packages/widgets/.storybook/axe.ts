/** The WCAG levels every story is held to, in the a11y panel and in test/storybook-axe.test.ts. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
