import {
  CONTRIBUTION_KINDS,
  type ContributionListEvent,
  type ContributionListView,
  connectContributionList,
  contributionListMachine,
  LIST_STATUS_FILTERS,
  type ListFilters,
  type ListItem,
  type ListLoadRequest,
  type ListLoadResult,
  loadListPage,
  type ParticipeBackend,
} from '@participe/core';
import { html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { fromPromise, waitFor } from 'xstate';
import { ActorController } from '../controllers/actor-controller.js';
import { ParticipeSelectEvent } from '../events/select.js';
import { common } from '../i18n/common.messages.js';
import { contributionWords } from '../i18n/contribution-words.messages.js';
import { datesFor } from '../i18n/dates.js';
import { localeOf, translator, type Variant } from '../i18n/i18n.js';
import { resolveBackend } from '../internal/backend.js';
import { ParticipeElement } from '../internal/participe-element.js';
import { searchForm } from '../internal/search-form.js';
import { badgeStyles } from '../styles/badge.js';
import { frameStyles } from '../styles/frame.js';
import { listStyles } from '../styles/list.js';
import { tokens } from '../styles/tokens.js';
import { listMessages } from './contribution-list.messages.js';
import { contributionListStyles } from './contribution-list.styles.js';

type Words = ReturnType<typeof translatorsFor>;
const translatorsFor = (el: Element, variant: Variant) => {
  const locale = localeOf(el);
  return {
    t: translator(listMessages, locale, variant),
    w: translator(contributionWords, locale, variant),
    c: translator(common, locale, variant),
    dates: datesFor(el),
  };
};

/** Properties whose change means another list: a fresh actor, from the first page. */
const RESTART_ON = ['space', 'pageSize', 'backend', 'endpoint'] as const;

/**
 * @summary The public list of a space's contributions: what people raised, where each one
 * stands, how long it waited, and which ones are overdue.
 *
 * @attr endpoint - Base URL of the Participe REST API, e.g. `https://participe.example.fr/api`.
 * @attr space - Id or slug of the space (participation group) to list.
 * @attr variant - `standard` or `falc` (easy-to-read wording).
 * @attr page-size - Contributions per page, 1 to 100. Default 20.
 * @attr detail-url - Link to a contribution, `{id}` replaced, e.g. `/contribution?id={id}`. Without it, titles are buttons.
 *
 * @event {ParticipeSelectDetail} participe-select - A person opened a contribution; `detail.contributionId`. Cancel it to stop the link.
 *
 * @csspart base - The whole widget.
 * @csspart heading - The widget's title.
 * @csspart search - The search and filter form.
 * @csspart check - The "overdue only" checkbox and its label.
 * @csspart actions - The form's buttons.
 * @csspart summary - The live line saying which contributions are shown.
 * @csspart items - The list of contributions.
 * @csspart item - One contribution.
 * @csspart item-title - Its title.
 * @csspart item-link - The link or button that opens it.
 * @csspart item-meta - Its kind, theme and publication date.
 * @csspart item-status - Its status, in words.
 * @csspart item-timing - Days waited, or days the answer took.
 * @csspart overdue-badge - "Late" badge, shown when the answer delay is past.
 * @csspart error - The error message and its retry button.
 * @csspart pagination - Previous and next page buttons.
 *
 * @cssprop --participe-color-primary - Links and buttons.
 * @cssprop --participe-color-warning - The overdue badge.
 * @cssprop --participe-color-danger - Error messages.
 * @cssprop --participe-color-text - Text.
 * @cssprop --participe-color-muted - Secondary text.
 * @cssprop --participe-color-surface - Item background.
 * @cssprop --participe-color-surface-alt - Search form background.
 * @cssprop --participe-color-border - Borders.
 * @cssprop --participe-color-focus - Focus ring.
 * @cssprop --participe-radius - Corner radius.
 * @cssprop --participe-space - Base spacing.
 * @cssprop --participe-font-size - Base font size.
 */
export class ParticipeContributionList extends ParticipeElement {
  static override styles = [tokens, frameStyles, badgeStyles, listStyles, contributionListStyles];

  static override properties = {
    endpoint: {},
    space: {},
    pageSize: { attribute: 'page-size', type: Number },
    detailUrl: { attribute: 'detail-url' },
    backend: { attribute: false },
    now: { attribute: false },
  };

  declare endpoint: string;
  declare space: string;
  declare pageSize: number;
  declare detailUrl: string;
  /** An in-process back end (tests, Storybook, demos); wins over `endpoint`. */
  declare backend: ParticipeBackend | null;
  /** The clock days waited and overdue are counted with. */
  declare now: () => Date;

  constructor() {
    super();
    this.endpoint = '';
    this.space = '';
    this.pageSize = 20;
    this.detailUrl = '';
    this.backend = null;
    this.now = () => new Date();
  }

  readonly #list = new ActorController(
    this,
    () =>
      contributionListMachine.provide({
        actors: {
          load: fromPromise<ListLoadResult, ListLoadRequest>(async ({ input }) =>
            loadListPage(await resolveBackend(this), input, this.now),
          ),
        },
      }),
    () => ({ spaceId: this.space, pageSize: this.pageSize }),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a removal: the controller made a fresh actor; load it again.
    if (this.hasUpdated && this.space) this.#list.send({ type: 'list.load' });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (RESTART_ON.some((key) => changed.has(key))) {
      this.#list.restart();
      if (this.space) this.#list.send({ type: 'list.load' });
    }
  }

  override render() {
    const v = connectContributionList(this.#list.snapshot);
    const words = translatorsFor(this, this.variant);
    return html`<section part="base" aria-labelledby="heading">
      <h2 id="heading" part="heading">${words.t('heading')}</h2>
      ${this.#search(v, words)}
      <p id="summary" part="summary" role="status" tabindex="-1">${this.#summary(v, words)}</p>
      ${v.state === 'error' ? this.#error(v, words) : nothing}
      ${
        v.items.length
          ? html`<ol part="items" aria-labelledby="summary" aria-busy=${v.busy ? 'true' : 'false'}>
              ${v.items.map((item) => this.#item(item, v, words))}
            </ol>`
          : nothing
      }
      ${v.hasNext || v.page > 1 ? this.#pagination(v, words) : nothing}
    </section>`;
  }

  #search(v: ContributionListView, { t, w }: Words) {
    const f = v.filters;
    const option = (value: string, label: string, current: string | undefined) =>
      html`<option value=${value} ?selected=${(current ?? '') === value}>${label}</option>`;
    return searchForm(
      { t, value: f.q ?? '', onSubmit: this.#onSearch, onClear: this.#onClear },
      html`<div>
        <label for="status">${t('status')}</label>
        <select id="status" name="status" .value=${live(f.status ?? '')}>
          ${option('', t('anyStatus'), f.status)}
          ${LIST_STATUS_FILTERS.map((s) => option(s, w(`status.${s}`), f.status))}
        </select>
      </div>
      <div>
        <label for="kind">${t('kind')}</label>
        <select id="kind" name="kind" .value=${live(f.kind ?? '')}>
          ${option('', t('anyKind'), f.kind)} ${CONTRIBUTION_KINDS.map((k) => option(k, w(`kind.${k}`), f.kind))}
        </select>
      </div>
      <div>
        <label for="theme">${t('theme')}</label>
        <select id="theme" name="theme" .value=${live(f.theme ?? '')}>
          ${option('', t('anyTheme'), f.theme)} ${(v.space?.themes ?? []).map((th) => option(th.id, th.label, f.theme))}
        </select>
      </div>
      <div part="check">
        <input id="overdue" name="overdue" type="checkbox" .checked=${live(Boolean(f.overdue))} />
        <label for="overdue">${t('overdueOnly')}</label>
      </div>`,
    );
  }

  #summary(v: ContributionListView, { t }: Words) {
    const filtered = Object.values(v.filters).some(Boolean);
    switch (v.state) {
      case 'loading':
        return t('loading');
      case 'paging':
        return t('paging', { page: v.page });
      case 'empty':
        return filtered ? t('emptyFiltered') : t('empty');
      case 'ready':
        return v.total === null
          ? t('range', { page: v.page, first: v.first, last: v.last })
          : t('rangeTotal', { page: v.page, first: v.first, last: v.last, total: v.total });
      default:
        return '';
    }
  }

  #error(v: ContributionListView, { t, c }: Words) {
    const kind = v.failure?.kind;
    const message = kind === 'offline' ? c('offline') : kind === 'notFound' ? t('noSpace') : t('failed');
    return html`<div part="error" role="alert">
      <p>${message}</p>
      <button type="button" @click=${() => this.#settle({ type: 'list.retry' })}>${c('retry')}</button>
    </div>`;
  }

  #item(item: ListItem, v: ContributionListView, { t, w, dates }: Words) {
    const title = item.title ?? w('hiddenTitle');
    const meta = [
      item.kind ? w(`kind.${item.kind}`) : null,
      item.theme ? t('themeIs', { theme: item.theme.label }) : null,
    ].filter((s): s is string => s !== null);
    return html`<li part="item">
      <h3 part="item-title" lang=${item.title ? item.lang : nothing}>${this.#open(item.id, title)}</h3>
      ${
        meta.length || item.publishedAt
          ? html`<p part="item-meta">
              ${meta.join(' · ')}${meta.length && item.publishedAt ? ' · ' : ''}${
                item.publishedAt
                  ? html`<time datetime=${item.publishedAt}>${t('publishedOn', { date: dates.instant(item.publishedAt) })}</time>`
                  : nothing
              }
            </p>`
          : nothing
      }
      <p part="item-status">${t('statusIs', { status: w(`status.${item.status}`) })}</p>
      ${item.timing ? html`<p part="item-timing">${w(item.timing.kind, { n: item.timing.days })}</p>` : nothing}
      ${
        item.overdueDays !== null && v.space
          ? html`<p part="overdue-badge"><span aria-hidden="true">⚠</span> ${w('overdue', { n: item.overdueDays })}</p>`
          : nothing
      }
    </li>`;
  }

  /** A link when the host gave a `detail-url`, else a button; both announce the choice. */
  #open(id: string, title: string) {
    const select = (e: Event) => {
      if (!this.dispatchEvent(new ParticipeSelectEvent({ contributionId: id }))) e.preventDefault();
    };
    if (this.detailUrl) {
      const href = this.detailUrl.replaceAll('{id}', encodeURIComponent(id));
      return html`<a part="item-link" href=${href} @click=${select}>${title}</a>`;
    }
    return html`<button part="item-link" type="button" @click=${select}>${title}</button>`;
  }

  #pagination(v: ContributionListView, { t }: Words) {
    return html`<nav part="pagination" aria-label=${t('pages')}>
      <button type="button" ?disabled=${!v.hasPrevious} @click=${() => this.#settle({ type: 'list.previous' })}>
        ${t('previous')}
      </button>
      <button type="button" ?disabled=${!v.hasNext} @click=${() => this.#settle({ type: 'list.next' })}>${t('next')}</button>
    </nav>`;
  }

  /**
   * After a page change or a retry, the button pressed may be gone or disabled: focus goes
   * to the line that says which contributions are now shown.
   */
  async #settle(event: ContributionListEvent) {
    const actor = this.#list.actor;
    actor.send(event);
    try {
      await waitFor(actor, (s) => !s.matches('paging') && !s.matches('loading'));
    } catch {
      return; // the actor was replaced (new space or back end): nothing to focus for
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#summary')?.focus();
  }

  #onSearch(e: SubmitEvent) {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '');
    this.#list.send({
      type: 'list.filter',
      filters: {
        q: text('q').trim(),
        status: text('status') as ListFilters['status'],
        kind: text('kind') as ListFilters['kind'],
        theme: text('theme'),
        overdue: data.has('overdue'),
      },
    });
  }

  #onClear() {
    this.#list.send({ type: 'list.filter', filters: {} });
    this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus();
  }
}
