// The custom-elements manifest is built from the JSDoc of each element (`@summary @attr
// @csspart @cssprop @event`): it feeds Storybook's controls and documents the widgets.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/testing/**'],
  outdir: '.',
  litelement: true,
};
