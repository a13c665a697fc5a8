// The custom-elements manifest is built from the JSDoc of each element (`@summary @attr
// @csspart @cssprop @event`): it feeds Storybook's controls and documents the widgets. From
// it come the editor and framework files shipped in `dist/frameworks/`: JSX types (React 19,
// Preact, Solid), Vue's `GlobalComponents`, VS Code's custom HTML data and JetBrains'
// web-types.

import { mkdirSync, writeFileSync } from 'node:fs';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

/** Global attributes an element may document: their field is HTMLElement's own. */
const GLOBAL_ATTRIBUTES = new Set(['lang', 'dir', 'title', 'hidden']);

/** `ParticipeSubmittedEvent` and `ParticipeSubmittedDetail` are one event's. */
const stem = (type) => type?.text?.replace(/(Event|Detail)$/, '');

/**
 * The analyzer reports an event twice: once from the JSDoc `@event {Detail} name` (named, with
 * the type of its `detail`, as Shoelace writes them and as the framework generators expect) and
 * once from `this.dispatchEvent(new ParticipeXEvent(…))` (nameless, since the name lives in
 * the class). One event per name is kept. A global attribute gets HTMLElement's field, so
 * every attribute names the property behind it.
 */
const oneEventPerName = () => ({
  name: 'participe-one-event-per-name',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const d of mod.declarations ?? []) {
        if (d.events) {
          const named = d.events.filter((e) => e.name);
          for (const e of d.events.filter((x) => !x.name)) {
            const twin = named.find((n) => stem(n.type) === stem(e.type));
            if (!twin) named.push(e); // left nameless: the manifest test reports it
          }
          d.events = named;
        }
        for (const a of d.attributes ?? []) {
          if (!a.fieldName && GLOBAL_ATTRIBUTES.has(a.name)) {
            a.fieldName = a.name;
            a.inheritedFrom = { name: 'HTMLElement' };
          }
        }
      }
    }
  },
});

const frameworks = './dist/frameworks';

/**
 * What a project imports to get the types: `@participe/widgets/react` augments React 19's
 * JSX with the generated element types; every framework sub-path also has an empty module,
 * so a plain `import` of it is harmless at run time.
 */
const frameworkEntries = () => ({
  name: 'participe-framework-entries',
  packageLinkPhase() {
    mkdirSync(frameworks, { recursive: true });
    writeFileSync(
      `${frameworks}/react.d.ts`,
      [
        '// React 19 renders custom elements with typed props and `onparticipe-*` event handlers.',
        "import type { CustomElements } from './jsx.js';",
        '',
        "declare module 'react' {",
        '  namespace JSX {',
        '    interface IntrinsicElements extends CustomElements {}',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    writeFileSync(`${frameworks}/types-only.js`, '// Types only: see the .d.ts beside this file.\nexport {};\n');
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/testing/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    oneEventPerName(),
    customElementJsxPlugin({ outdir: frameworks, fileName: 'jsx.d.ts', globalTypePath: '../index.js', hideLogs: true }),
    customElementVuejsPlugin({
      outdir: frameworks,
      fileName: 'vue.d.ts',
      globalTypePath: '../index.js',
      hideLogs: true,
    }),
    customElementVsCodePlugin({
      outdir: frameworks,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({ outdir: frameworks, webTypesFileName: 'web-types.json', hideLogs: true }),
    frameworkEntries(),
  ],
};
