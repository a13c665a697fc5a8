import {
  type AgendaLoadRequest,
  type AgendaLoadResult,
  type AgendaView,
  agendaMachine,
  connectAgenda,
  loadAgenda,
  type ParticipeBackend,
} from '@participe/core';
import { html, nothing, type PropertyValues } from 'lit';
import { fromPromise } from 'xstate';
import { ActorController } from '../controllers/actor-controller.js';
import { common } from '../i18n/common.messages.js';
import { localeOf, translator, type Variant } from '../i18n/i18n.js';
import { resolveBackend } from '../internal/backend.js';
import { failureMessage } from '../internal/failure.js';
import { ParticipeElement } from '../internal/participe-element.js';
import { sentence } from '../internal/written.js';
import { frameStyles } from '../styles/frame.js';
import { listStyles } from '../styles/list.js';
import { tokens } from '../styles/tokens.js';
import { agendaMessages } from './agenda.messages.js';
import { agendaStyles } from './agenda.styles.js';

const wordsFor = (el: Element, variant: Variant) => ({
  t: translator(agendaMessages, localeOf(el), variant),
  c: translator(common, localeOf(el), variant),
});
type Words = ReturnType<typeof wordsFor>;

/** Properties whose change means another space: a fresh actor, loaded again. */
const RESTART_ON = ['space', 'backend', 'endpoint'] as const;

/**
 * @summary The next public meetings of a group: when (day and hours in French typography),
 * where, how to get there, and links to add one meeting, or the whole agenda, to a calendar.
 *
 * @attr endpoint - Base URL of the Participe REST API, e.g. `https://participe.example.fr/api`.
 * @attr space - Id or slug of the space (participation group) to show.
 * @attr variant - `standard` or `falc` (easy-to-read wording).
 *
 * @csspart base - The whole widget.
 * @csspart heading - The widget's title.
 * @csspart status - The live line saying what is happening.
 * @csspart items - The list of meetings (also named `list`), as in the other list widgets.
 * @csspart item - One meeting (also named `meeting`).
 * @csspart item-title - A meeting's title (also named `title`).
 * @csspart cancelled - The word saying a meeting is cancelled.
 * @csspart when - A meeting's day and hours.
 * @csspart place - Where it takes place.
 * @csspart access - How to get there and get in.
 * @csspart add - The link that adds one meeting to a calendar (an `.ics` file).
 * @csspart feed - The link to subscribe to the group's agenda (its `.ics` feed; only with `endpoint`).
 * @csspart empty - Said when no meeting is planned.
 * @csspart error - The error message and its retry button.
 *
 * @cssprop --participe-color-primary - Buttons and links.
 * @cssprop --participe-color-danger - Error messages.
 * @cssprop --participe-color-text - Text.
 * @cssprop --participe-color-focus - Focus ring.
 * @cssprop --participe-radius - Corner radius.
 * @cssprop --participe-space - Base spacing.
 * @cssprop --participe-font-size - Base font size.
 */
export class ParticipeAgenda extends ParticipeElement {
  static override styles = [tokens, frameStyles, listStyles, agendaStyles];

  static override properties = {
    endpoint: {},
    space: {},
    backend: { attribute: false },
  };

  /** Base URL of the REST API, e.g. `https://participe.example.fr/api`. */
  declare endpoint: string;
  /** The group's id or slug. */
  declare space: string;
  /** An in-process back end (tests, Storybook, demos); wins over `endpoint`. */
  declare backend: ParticipeBackend | null;

  constructor() {
    super();
    this.endpoint = '';
    this.space = '';
    this.backend = null;
  }

  readonly #actor = new ActorController(
    this,
    () =>
      agendaMachine.provide({
        actors: {
          load: fromPromise<AgendaLoadResult, AgendaLoadRequest>(async ({ input }) =>
            loadAgenda(await resolveBackend(this), input),
          ),
        },
      }),
    () => ({ spaceId: this.space }),
  );

  /** The view of the current snapshot and the intents a person may trigger. */
  #api() {
    return connectAgenda(this.#actor.snapshot, (event) => this.#actor.send(event), localeOf(this));
  }

  /** The space's `.ics` feed on the API named by `endpoint`, to subscribe to; none without one. */
  #feedUrl(): string | null {
    const endpoint = this.endpoint.trim().replace(/\/+$/, '');
    if (!endpoint || !this.space) return null;
    return `${endpoint}/spaces/${encodeURIComponent(this.space)}/meetings.ics`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a removal: the controller made a fresh actor; load it again.
    if (this.hasUpdated && this.space) this.#api().load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (RESTART_ON.some((key) => changed.has(key))) {
      this.#actor.restart();
      if (this.space) this.#api().load();
    }
  }

  override render() {
    const api = this.#api();
    const w = wordsFor(this, this.variant);
    const feed = this.#feedUrl();
    return html`<section part="base" aria-labelledby="heading" aria-busy=${api.busy ? 'true' : 'false'}>
      <h2 id="heading" part="heading">${w.t('heading')}</h2>
      <p part="status" role="status">${this.#status(api, w)}</p>
      ${api.state === 'error' ? this.#error(api, w) : nothing}
      ${api.state === 'ready' && api.meetings.length === 0 ? html`<p part="empty">${w.t('empty')}</p>` : nothing}
      ${api.meetings.length ? html`<ol part="items list">${api.meetings.map((m) => this.#meeting(m, w))}</ol>` : nothing}
      ${api.state === 'ready' && feed ? html`<p><a part="feed" href=${feed}>${w.t('subscribe')}</a></p>` : nothing}
    </section>`;
  }

  #meeting(m: AgendaView['meetings'][number], { t }: Words) {
    const title = m.title ?? t('untitled');
    // What the facilitator wrote carries its own language; the interface's words the page's.
    return html`<li part="item meeting">
      <h3 part="item-title title">
        ${m.cancelled ? html`<strong part="cancelled">${t('cancelled')}</strong> ` : nothing}${m.title ? html`<span lang=${m.lang}>${title}</span>` : title}
      </h3>
      <p part="when"><time datetime=${m.datetime}>${m.day}</time>${m.hours ? `, ${m.hours}` : ''}</p>
      <p part="place">${sentence(t, 'place', 'place', m.place, m.lang)}</p>
      ${m.access ? html`<p part="access">${sentence(t, 'access', 'access', m.access, m.lang)}</p>` : nothing}
      ${
        m.cancelled
          ? nothing
          : html`<p>
              <a part="add" href=${`data:text/calendar;charset=utf-8,${encodeURIComponent(m.ics)}`} download=${m.fileName}
                >${t('add')}<span class="visually-hidden">${t('addWhich', { title, day: m.day })}</span></a
              >
            </p>`
      }
    </li>`;
  }

  #status(api: AgendaView, { t }: Words) {
    if (api.state === 'loading') return t('loading');
    if (api.state === 'ready' && api.spaceName) return t('ready', { space: api.spaceName, count: api.meetings.length });
    return '';
  }

  #error(api: AgendaView, { t, c }: Words) {
    return html`<div part="error" role="alert">
      <p>${failureMessage(api.failure, { notFound: t('noSpace'), offline: `${t('failed')} ${c('offline')}`, failed: t('failed') }) || t('failed')}</p>
      <button type="button" @click=${api.retry}>${c('retry')}</button>
    </div>`;
  }
}
