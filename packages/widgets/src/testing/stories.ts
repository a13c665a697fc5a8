// Story support (never exported): waiting for a widget to show a state, and the
// accessibility page each widget's stories open with.
import { html, type TemplateResult } from 'lit';

/** Text as a person reads it: whitespace collapsed. */
export const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Resolves with the first `tag` in `canvas` once `shown(shadowRoot)` holds and the element
 * has rendered: a story's `play` ends there, so "rendered" means "in its state" for anyone
 * waiting on Storybook (the a11y panel, test/storybook-axe.test.ts). It waits on a condition,
 * not on a delay; `what` names the state in the error if it never comes.
 */
export async function untilShown<K extends keyof HTMLElementTagNameMap>(
  canvas: HTMLElement,
  tag: K,
  what: string,
  shown: (root: ShadowRoot) => boolean,
  timeout = 5000,
): Promise<HTMLElementTagNameMap[K]> {
  const started = Date.now();
  for (;;) {
    const el = canvas.querySelector(tag);
    if (el?.shadowRoot && shown(el.shadowRoot)) {
      await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
      return el;
    }
    if (Date.now() - started > timeout) throw new Error(`<${tag}> did not show "${what}" within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** What a widget's accessibility page says; each row is [left column, right column]; `code` in backticks. */
export interface AccessibilityDoc {
  tag: string;
  summary: string;
  keyboard: Array<[keys: string, effect: string]>;
  aria: Array<[markup: string, purpose: string]>;
  rgaa: Array<[criterion: string, how: string]>;
  limits: string[];
}

/** Doc text with `code` spans. */
const inline = (text: string) => text.split(/`([^`]+)`/).map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));
/** `Shift + Tab`, `Down / Up`: each key in a `<kbd>`, the separators as written. */
const keys = (text: string) => text.split(/( [+/] )/).map((part, i) => (i % 2 ? part : html`<kbd>${part}</kbd>`));

const table = (
  caption: string,
  head: [string, string],
  rows: Array<[string, string]>,
  left: 'keys' | 'code' | 'text',
) =>
  html`<table>
    <caption>${caption}</caption>
    <thead>
      <tr><th scope="col">${head[0]}</th><th scope="col">${head[1]}</th></tr>
    </thead>
    <tbody>
      ${rows.map(
        ([a, b]) =>
          html`<tr>
            <th scope="row">${left === 'keys' ? keys(a) : left === 'code' ? html`<code>${a}</code>` : inline(a)}</th>
            <td>${inline(b)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;

/** The page: keyboard, ARIA, RGAA 4.1 criteria covered, known limits. In English, and says so. */
export const accessibilityPage = (d: AccessibilityDoc): TemplateResult =>
  html`<article class="participe-doc" lang="en" aria-labelledby="doc-title">
    <h1 id="doc-title">Accessibility of <code>&lt;${d.tag}&gt;</code></h1>
    <p>${inline(d.summary)}</p>
    <p>
      Every story of this widget is checked by axe-core against WCAG 2.2 AA (colour contrast included) in the
      Accessibility panel and in <code>test/storybook-axe.test.ts</code>; the widget's browser tests also walk it with
      the keyboard only.
    </p>
    <h2>Keyboard</h2>
    ${table('Keys and what they do', ['Keys', 'What happens'], d.keyboard, 'keys')}
    <h2>ARIA and HTML semantics used</h2>
    ${table('Markup and its purpose', ['Markup', 'Why'], d.aria, 'code')}
    <h2>RGAA 4.1 criteria covered</h2>
    ${table('Criteria this widget meets on its own', ['Criterion', 'How'], d.rgaa, 'text')}
    <p>
      Page-level criteria (page title, main language, skip links, landmarks) belong to the council's page around the
      widget.
    </p>
    <h2>Known limits</h2>
    <ul>
      ${d.limits.map((l) => html`<li>${inline(l)}</li>`)}
    </ul>
  </article>`;
