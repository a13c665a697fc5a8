import {
  connectPracticeLibrary,
  type LibrarySearchRequest,
  type LibrarySearchResult,
  type OpenedPractice,
  type OpenPracticeRequest,
  openLibrarySheet,
  type ParticipeBackend,
  type PracticeLibraryView,
  type PracticeView,
  practiceLibraryMachine,
  searchLibrary,
} from '@participe/core';
import { html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { fromPromise } from 'xstate';
import { ActorController } from '../controllers/actor-controller.js';
import { ParticipePracticeOpenEvent } from '../events/practice-open.js';
import { common } from '../i18n/common.messages.js';
import { localeOf, translator } from '../i18n/i18n.js';
import { resolveBackend } from '../internal/backend.js';
import { oneLine } from '../internal/council-text.js';
import { ParticipeElement } from '../internal/participe-element.js';
import { resourceList } from '../internal/resource-list.js';
import { searchForm } from '../internal/search-form.js';
import { sentence } from '../internal/written.js';
import { frameStyles } from '../styles/frame.js';
import { guideStyles } from '../styles/guide.js';
import { listStyles } from '../styles/list.js';
import { tokens } from '../styles/tokens.js';
import { libraryMessages } from './practice-library.messages.js';
import { renderSheet } from './practice-library.sheet.js';
import { libraryStyles } from './practice-library.styles.js';

type T = ReturnType<typeof translator<keyof typeof libraryMessages.fr>>;

/** Properties whose change means other sheets: a fresh actor. */
const RESTART_ON = ['practice', 'backend', 'endpoint'] as const;

/**
 * @summary Inspiring practices: the sheets the council's groups published and those other
 * councils share, read through the API, with a French search (accents and synonyms do not
 * matter: `mobilité` finds `transports`) that also finds the resource centre's methods and
 * tools, filters by phase, theme and public, and each sheet with what changed for residents,
 * professionals, elected officials and partners, its resources and related sheets.
 *
 * @attr endpoint - Base URL of the Participe REST API, e.g. `https://participe.example.fr/api`.
 * @attr variant - `standard` or `falc` (easy-to-read wording of the widget's own words and of the council's texts that have one).
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
 * @csspart item-meta - Its territory, year, themes, public, and the council that shares it.
 * @csspart problem - A sheet's problem, as the people concerned said it.
 * @csspart more - The button that shows more sheets.
 * @csspart found - The resources a search found, beside the sheets.
 * @csspart sheet - The sheet being read.
 * @csspart back - The button back to the list.
 * @csspart sheet-title - The sheet's title.
 * @csspart sheet-meta - Its territory, year, themes and public.
 * @csspart sheet-section - One section of the sheet.
 * @csspart viewpoints - What changed, side by side.
 * @csspart viewpoint - What changed for one side (residents, professionals, elected officials, partners).
 * @csspart testimony - One testimony on the sheet.
 * @csspart resources - A list of resources (the sheet's, or those a search found).
 * @csspart resource - One resource.
 * @csspart resource-link - A resource's link, with `resource-url`.
 * @csspart related - "Vous aimerez aussi": sheets close to this one.
 * @csspart related-link - The button that opens one of them.
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
    endpoint: {},
    practice: {},
    resourceUrl: { attribute: 'resource-url' },
    backend: { attribute: false },
  };

  declare endpoint: string;
  declare practice: string;
  declare resourceUrl: string;
  /** An in-process back end (tests, Storybook, demos); wins over `endpoint`. */
  declare backend: ParticipeBackend | null;

  constructor() {
    super();
    this.endpoint = '';
    this.practice = '';
    this.resourceUrl = '';
    this.backend = null;
  }

  readonly #library = new ActorController(
    this,
    () =>
      practiceLibraryMachine.provide({
        actors: {
          search: fromPromise<LibrarySearchResult, LibrarySearchRequest>(async ({ input }) =>
            searchLibrary(await resolveBackend(this), input),
          ),
          open: fromPromise<OpenedPractice | null, OpenPracticeRequest>(async ({ input }) =>
            openLibrarySheet(await resolveBackend(this), input),
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
    const reading = v.state === 'sheet' || v.state === 'opening';
    return html`<section part="base" aria-labelledby="heading" aria-busy=${v.busy ? 'true' : 'false'}>
      <h2 id="heading" part="heading">${t('heading')}</h2>
      <p part="intro">${t('intro')}</p>
      ${reading ? nothing : this.#search(v, t)}
      <p id="summary" part="summary" role="status" tabindex="-1">${this.#summary(v, t)}</p>
      ${v.state === 'error' ? this.#error(t) : nothing}
      ${v.results.length ? this.#items(v.results, t) : nothing}
      ${v.more ? html`<p><button part="more" type="button" @click=${() => this.#more()}>${t('more')}</button></p>` : nothing}
      ${v.resources.length ? this.#found(v, t) : nothing}
      ${
        v.sheet
          ? renderSheet(v.sheet, {
              t,
              locale: localeOf(this),
              variant: this.variant,
              resourceUrl: this.resourceUrl,
              onBack: () => this.#close(),
              onOpen: (id) => this.#open(id),
            })
          : nothing
      }
    </section>`;
  }

  #search(v: PracticeLibraryView, t: T) {
    const f = v.filters;
    const select = (name: 'phase' | 'theme' | 'public', any: string, values: { value: string; label: string }[]) =>
      html`<div>
        <label for=${name}>${t(name)}</label>
        <select id=${name} name=${name} .value=${live(f[name] ?? '')}>
          <option value="" ?selected=${!f[name]}>${any}</option>
          ${values.map((o) => html`<option value=${o.value} ?selected=${f[name] === o.value}>${o.label}</option>`)}
        </select>
      </div>`;
    const same = (values: string[]) => values.map((value) => ({ value, label: value }));
    const phases = v.facets.phases.map((p) => ({ value: p.id, label: oneLine(p.label, this.variant) }));
    return searchForm(
      { t, value: f.q ?? '', onSubmit: this.#onSearch, onClear: this.#onClear },
      html`${select('phase', t('anyPhase'), phases)} ${select('theme', t('anyTheme'), same(v.facets.themes))}
      ${select('public', t('anyPublic'), same(v.facets.publics))}`,
    );
  }

  #summary(v: PracticeLibraryView, t: T) {
    if (v.state === 'opening') return t('opening');
    if (v.busy) return t('loading');
    if (v.state !== 'list') return '';
    if (v.total === 0) return v.filtered ? t('none') : t('empty');
    const shown = v.results.length < v.total ? ` ${t('shown', { n: v.results.length })}` : '';
    return (v.filtered ? t('countFound', { n: v.total }) : t('countAll', { n: v.total })) + shown;
  }

  #error(t: T) {
    const c = translator(common, localeOf(this), this.variant);
    const failure = this.#library.snapshot.context.failure;
    const sheet = this.#library.snapshot.context.openId !== null;
    const message = failure?.kind === 'offline' ? c('offline') : sheet ? t('sheetFailed') : t('failed');
    return html`<div part="error" role="alert">
      <p>${message}</p>
      <button type="button" @click=${() => this.#library.send({ type: 'library.retry' })}>${c('retry')}</button>
      ${
        sheet && this.#library.snapshot.context.result
          ? html`<button part="back" type="button" @click=${() => this.#close()}>← ${t('back')}</button>`
          : nothing
      }
    </div>`;
  }

  #items(results: PracticeView[], t: T) {
    return html`<ul part="items" aria-labelledby="summary">
      ${results.map(
        (p) => html`<li part="item">
          <h3 part="item-title">
            <button part="item-link" type="button" data-id=${p.id} lang=${p.locale} @click=${() => this.#open(p.id)}>${p.title}</button>
          </h3>
          ${
            p.territory
              ? html`<p part="item-meta">${
                  p.year
                    ? sentence(t, 'placeYear', 'territory', p.territory, p.locale, { year: p.year })
                    : html`<span lang=${p.locale}>${p.territory}</span>`
                }</p>`
              : nothing
          }
          ${p.themes?.length ? html`<p part="item-meta">${sentence(t, 'themesAre', 'list', p.themes.join(', '), p.locale)}</p>` : nothing}
          ${p.public?.length ? html`<p part="item-meta">${sentence(t, 'publicIs', 'list', p.public.join(', '), p.locale)}</p>` : nothing}
          ${p.shared ? html`<p part="item-meta">${t('sharedBy', { name: p.origin.name })}</p>` : nothing}
          ${p.problemStatement ? html`<blockquote part="problem" lang=${p.locale}>${p.problemStatement}</blockquote>` : nothing}
        </li>`,
      )}
    </ul>`;
  }

  /** What the same words found in the resource centre, after the sheets. */
  #found(v: PracticeLibraryView, t: T) {
    return html`<section part="found" aria-labelledby="found-heading">
      <h3 id="found-heading">${t('resourcesFound', { n: v.resources.length })}</h3>
      ${resourceList(v.resources, { locale: localeOf(this), variant: this.variant, urlTemplate: this.resourceUrl })}
    </section>`;
  }

  /** Opening a sheet replaces the list: focus goes to its title, so reading starts there. */
  async #open(practiceId: string) {
    this.#library.send({ type: 'library.open', practiceId });
    this.dispatchEvent(new ParticipePracticeOpenEvent({ practiceId }));
    await this.#after('opening');
    // The sheet's title, or the summary when the list came back (no such sheet) or it failed.
    const root = this.renderRoot;
    (root.querySelector<HTMLElement>('#sheet-title') ?? root.querySelector<HTMLElement>('#summary'))?.focus();
  }

  /** Once the actor has left `state` (a search or a sheet on its way), and the element shows it. */
  async #after(state: 'loading' | 'opening') {
    while (this.#library.snapshot.value === state) {
      await new Promise<void>((resolve) => {
        const sub = this.#library.actor.subscribe(() => {
          sub.unsubscribe();
          resolve();
        });
      });
    }
    await this.updateComplete;
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

  /** More sheets: focus stays on the list's first new sheet once it is there. */
  async #more() {
    const before = this.#library.snapshot.context.result?.items.length ?? 0;
    this.#library.send({ type: 'library.more' });
    await this.#after('loading');
    this.renderRoot.querySelectorAll<HTMLElement>('[part~="item-link"]')[before]?.focus();
  }

  #onSearch(e: SubmitEvent) {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '');
    this.#library.send({
      type: 'library.filter',
      filters: { q: text('q'), phase: text('phase') as never, theme: text('theme'), public: text('public') },
    });
  }

  #onClear() {
    this.#library.send({ type: 'library.filter', filters: {} });
    this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus();
  }
}
