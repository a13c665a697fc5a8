import {
  type ContentPack,
  connectPracticeLibrary,
  type PracticeLibraryContent,
  type PracticeLibraryView,
  type PracticeSheet,
  practiceLibraryMachine,
} from '@participe/core';
import { html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { fromPromise } from 'xstate';
import { ActorController } from '../controllers/actor-controller.js';
import { ParticipePracticeOpenEvent } from '../events/practice-open.js';
import { common } from '../i18n/common.messages.js';
import { localeOf, translator } from '../i18n/i18n.js';
import { type ContentSource, contentFor } from '../internal/content.js';
import { ParticipeElement } from '../internal/participe-element.js';
import { searchForm } from '../internal/search-form.js';
import { frameStyles } from '../styles/frame.js';
import { guideStyles } from '../styles/guide.js';
import { listStyles } from '../styles/list.js';
import { tokens } from '../styles/tokens.js';
import { libraryMessages } from './practice-library.messages.js';
import { renderSheet } from './practice-library.sheet.js';
import { libraryStyles } from './practice-library.styles.js';

type T = ReturnType<typeof translator<keyof typeof libraryMessages.fr>>;

/** Properties whose change means other content: a fresh actor. */
const RESTART_ON = ['content', 'practice'] as const;

/**
 * @summary Inspiring practices: sheets of what groups did with the people concerned, with
 * search and filters (theme, public, territory), each sheet with its sections and what
 * changed for residents, professionals, elected officials and partners.
 *
 * @attr variant - `standard` or `falc` (easy-to-read wording of the widget's own words).
 * @attr practice - Id of a sheet to open at once (a link to one sheet).
 * @attr resource-url - Link to a resource page, `{id}` replaced, e.g. `/ressources/{id}`. Without it, resources are plain text.
 *
 * @event {ParticipePracticeOpenDetail} participe-practice-open - A person opened a sheet; `detail.practiceId` is its id.
 *
 * @csspart base - The whole widget.
 * @csspart heading - The widget's title.
 * @csspart intro - The sentence that presents the library.
 * @csspart search - The search and filter form.
 * @csspart actions - The form's buttons.
 * @csspart summary - The live line saying how many sheets are shown.
 * @csspart items - The list of sheets.
 * @csspart item - One sheet in the list.
 * @csspart item-title - Its title.
 * @csspart item-link - The button that opens it.
 * @csspart item-meta - Its territory, year, themes and public.
 * @csspart problem - A sheet's problem, as the people concerned said it.
 * @csspart sheet - The sheet being read.
 * @csspart back - The button back to the list.
 * @csspart sheet-title - The sheet's title.
 * @csspart sheet-meta - Its territory, year, themes and public.
 * @csspart sheet-section - One section of the sheet.
 * @csspart viewpoints - What changed, side by side.
 * @csspart viewpoint - What changed for one side (residents, professionals, elected officials, partners).
 * @csspart resources - The resources the sheet used.
 * @csspart resource - One resource.
 * @csspart resource-link - A resource's link, with `resource-url`.
 * @csspart error - The error message and its retry button.
 *
 * @cssprop --participe-color-primary - Buttons, links and the sheet's edges.
 * @cssprop --participe-color-text - Text.
 * @cssprop --participe-color-muted - Secondary text.
 * @cssprop --participe-color-surface - Sheet background.
 * @cssprop --participe-color-surface-alt - Search form and viewpoints background.
 * @cssprop --participe-color-border - Borders.
 * @cssprop --participe-color-danger - Error messages.
 * @cssprop --participe-color-focus - Focus ring.
 * @cssprop --participe-radius - Corner radius.
 * @cssprop --participe-space - Base spacing.
 * @cssprop --participe-font-size - Base font size.
 */
export class ParticipePracticeLibrary extends ParticipeElement {
  static override styles = [tokens, frameStyles, guideStyles, listStyles, libraryStyles];

  static override properties = {
    practice: {},
    resourceUrl: { attribute: 'resource-url' },
    content: { attribute: false },
  };

  declare practice: string;
  declare resourceUrl: string;
  /**
   * A council's own content (`practices`, with the `phases` and `resources` they name, as in
   * a content pack); what it leaves out comes from the built-in pack of the page's language.
   * A promise of it is fine.
   */
  declare content: ContentSource;

  constructor() {
    super();
    this.practice = '';
    this.resourceUrl = '';
    this.content = null;
  }

  readonly #library = new ActorController(
    this,
    () =>
      practiceLibraryMachine.provide({
        actors: {
          load: fromPromise<PracticeLibraryContent, { locale: ContentPack['locale'] }>(({ input }) =>
            contentFor(this.content, input.locale, ['practices', 'phases', 'resources'] as const),
          ),
        },
      }),
    () => ({ locale: localeOf(this), practiceId: this.practice }),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#library.send({ type: 'library.load' });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || RESTART_ON.some((key) => changed.has(key))) {
      if (this.hasUpdated) this.#library.restart();
      this.#library.send({ type: 'library.load' });
    }
  }

  override render() {
    const v = connectPracticeLibrary(this.#library.snapshot);
    const t = translator(libraryMessages, localeOf(this), this.variant);
    return html`<section part="base" aria-labelledby="heading">
      <h2 id="heading" part="heading">${t('heading')}</h2>
      <p part="intro">${t('intro')}</p>
      ${v.state === 'sheet' ? nothing : this.#search(v, t)}
      <p id="summary" part="summary" role="status" tabindex="-1">${this.#summary(v, t)}</p>
      ${v.state === 'error' ? this.#error(t) : nothing}
      ${v.results.length ? this.#items(v.results, t) : nothing}
      ${
        v.sheet
          ? renderSheet(v.sheet, {
              t,
              locale: localeOf(this),
              variant: this.variant,
              resourceUrl: this.resourceUrl,
              onBack: () => this.#close(),
            })
          : nothing
      }
    </section>`;
  }

  #search(v: PracticeLibraryView, t: T) {
    const f = v.filters;
    const select = (name: 'theme' | 'public' | 'territory', any: string, values: string[]) =>
      html`<div>
        <label for=${name}>${t(name)}</label>
        <select id=${name} name=${name} .value=${live(f[name] ?? '')}>
          <option value="" ?selected=${!f[name]}>${any}</option>
          ${values.map((value) => html`<option value=${value} ?selected=${f[name] === value}>${value}</option>`)}
        </select>
      </div>`;
    return searchForm(
      { t, value: f.q ?? '', onSubmit: this.#onSearch, onClear: this.#onClear },
      html`${select('theme', t('anyTheme'), v.facets.themes)} ${select('public', t('anyPublic'), v.facets.publics)}
      ${select('territory', t('anyTerritory'), v.facets.territories)}`,
    );
  }

  #summary(v: PracticeLibraryView, t: T) {
    if (v.busy) return t('loading');
    if (v.state !== 'list') return '';
    if (v.total === 0) return t('empty');
    if (!v.results.length) return t('none');
    return v.filtered ? t('countFiltered', { n: v.results.length, total: v.total }) : t('countAll', { n: v.total });
  }

  #error(t: T) {
    const c = translator(common, localeOf(this), this.variant);
    const offline = this.#library.snapshot.context.failure?.kind === 'offline';
    return html`<div part="error" role="alert">
      <p>${offline ? c('offline') : t('failed')}</p>
      <button type="button" @click=${() => this.#library.send({ type: 'library.retry' })}>${c('retry')}</button>
    </div>`;
  }

  #items(results: PracticeSheet[], t: T) {
    return html`<ul part="items" aria-labelledby="summary">
      ${results.map(
        (p) => html`<li part="item">
          <h3 part="item-title">
            <button part="item-link" type="button" data-id=${p.id} @click=${() => this.#open(p.id)}>${p.title}</button>
          </h3>
          <p part="item-meta">${t('placeYear', { territory: p.territory, year: p.year })}</p>
          <p part="item-meta">${t('themesAre', { list: p.themes.join(', ') })}</p>
          <p part="item-meta">${t('publicIs', { list: p.public.join(', ') })}</p>
          <blockquote part="problem">${p.problemStatement}</blockquote>
        </li>`,
      )}
    </ul>`;
  }

  /** Opening a sheet replaces the list: focus goes to its title, so reading starts there. */
  async #open(practiceId: string) {
    this.#library.send({ type: 'library.open', practiceId });
    this.dispatchEvent(new ParticipePracticeOpenEvent({ practiceId }));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#sheet-title')?.focus();
  }

  /** Back in the list, focus returns to the sheet just read (or the summary if it is gone). */
  async #close() {
    const id = this.#library.snapshot.context.openId;
    this.#library.send({ type: 'library.close' });
    await this.updateComplete;
    const item = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="item-link"]')].find(
      (b) => b.dataset['id'] === id,
    );
    (item ?? this.renderRoot.querySelector<HTMLElement>('#summary'))?.focus();
  }

  #onSearch(e: SubmitEvent) {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '');
    this.#library.send({
      type: 'library.filter',
      filters: { q: text('q'), theme: text('theme'), public: text('public'), territory: text('territory') },
    });
  }

  #onClear() {
    this.#library.send({ type: 'library.filter', filters: {} });
    this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus();
  }
}
