/// <reference types="vite/client" />
import {
  type ArgTypes,
  type Decorator,
  type Loader,
  type Preview,
  setCustomElementsManifest,
} from '@storybook/web-components-vite';
import { html } from 'lit';
import { type Catalog, LOCALES, loadMore } from '../src/i18n/i18n.js';
import { AXE_TAGS } from './axe.js';
import { publicApi } from './manifest.js';
import { linkStylesheet, THEMES, themeHref } from './stylesheets.js';

setCustomElementsManifest(publicApi());

// English and FALC tables load on first use in a real page; a story loads them all before it
// renders, so what it shows never depends on when a table arrives.
const messageModules = import.meta.glob<Record<string, unknown>>('../src/**/*.messages.ts', { eager: true });
const catalogs = Object.values(messageModules).flatMap((mod) =>
  Object.values(mod).filter((v): v is Catalog<string> => typeof v === 'object' && v !== null && 'more' in v),
);
const allMessages: Loader = async () => {
  await Promise.all(catalogs.map((c) => loadMore(c)));
  return {};
};

/** The chosen council theme, as a linked file that sets `--participe-*` on `:root`. */
const theme: Loader = async ({ globals }) => {
  await Promise.all([
    linkStylesheet('participe-theme', themeHref(String(globals.theme))),
    linkStylesheet('participe-storybook', 'participe-storybook/docs.css'),
  ]);
  return {};
};

/** The widgets take their language from the nearest `lang`, as on a council's page. */
const withLocale: Decorator = (story, { globals }) =>
  html`<div lang=${globals.locale === 'en' ? 'en' : 'fr'}>${story()}</div>`;

/** FALC (easy-to-read) wording overrides the story's `variant` while the toolbar says so. */
const withFalc: Decorator = (story, context) =>
  context.globals.falc === 'falc' ? story({ args: { ...context.args, variant: 'falc' } }) : story();

// Events, parts and custom properties are documentation rows of the API table, not controls
// (custom properties belong in a theme file: a `style` attribute would break a strict CSP).
const DOCUMENTATION_ONLY = new Set(['events', 'css custom properties', 'css shadow parts', 'slots']);
const documentationOnly = ({ argTypes }: { argTypes: ArgTypes }): ArgTypes =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [
      name,
      DOCUMENTATION_ONLY.has(String(argType.table?.category)) ? { ...argType, control: false } : argType,
    ]),
  );

const preview: Preview = {
  loaders: [allMessages, theme],
  argTypesEnhancers: [documentationOnly],
  decorators: [withFalc, withLocale],
  globalTypes: {
    locale: {
      description: 'Language of the page around the widget (`lang` on a wrapper)',
      toolbar: {
        title: 'Langue',
        icon: 'globe',
        items: LOCALES.map((l) => ({ value: l, title: l === 'fr' ? 'Français' : 'English' })),
        dynamicTitle: true,
      },
    },
    falc: {
      description: 'FALC: easy-to-read wording (`variant="falc"`)',
      toolbar: {
        title: 'FALC',
        icon: 'accessibility',
        items: [
          { value: 'standard', title: 'Standard wording' },
          { value: 'falc', title: 'FALC (facile à lire et à comprendre)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Council theme: one of src/themes/*.css, linked in the page',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.entries(THEMES).map(([value, title]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'fr', falc: 'standard', theme: 'neutral' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // The a11y panel checks what test/storybook-axe.test.ts checks: WCAG 2.2 AA.
    a11y: { options: { runOnly: { type: 'tag', values: AXE_TAGS } }, test: 'error' },
  },
};

export default preview;
