import {
  connectModerationQueue,
  loadModerationQueue,
  MODERATION_AGES,
  MODERATION_QUEUES,
  type ModerationAction,
  type ModerationActRequest,
  type ModerationActResult,
  type ModerationQueueEvent,
  type ModerationQueueView,
  moderationQueueMachine,
  needsReason,
  performModeration,
  type QueueFilters,
  type QueueItemView,
  type QueueLoadRequest,
  type QueueLoadResult,
  REPORT_REASON_CHOICES,
} from '@participe/core';
import { html, nothing, type PropertyValues } from 'lit';
import { fromPromise, waitFor } from 'xstate';
import { ActorController } from '../controllers/actor-controller.js';
import { ParticipeModeratedEvent } from '../events/moderated.js';
import { common } from '../i18n/common.messages.js';
import { contributionWords } from '../i18n/contribution-words.messages.js';
import { datesFor } from '../i18n/dates.js';
import { localeOf, translator, type Variant } from '../i18n/i18n.js';
import { reportReasonWords } from '../i18n/report-reasons.messages.js';
import { BackofficeElement, type LoadStatus, loadStatusOf, resolveBackoffice } from '../internal/backoffice.js';
import { failureMessage, groupLoadWords } from '../internal/failure.js';
import { sentence } from '../internal/written.js';
import { frameStyles } from '../styles/frame.js';
import { listStyles } from '../styles/list.js';
import { tokens } from '../styles/tokens.js';
import { moderationMessages } from './moderation-queue.messages.js';
import { moderationStyles } from './moderation-queue.styles.js';

type Words = ReturnType<typeof translatorsFor>;
const translatorsFor = (el: Element, variant: Variant) => {
  const locale = localeOf(el);
  return {
    t: translator(moderationMessages, locale, variant),
    // The report reasons, worded as the citizen saw them in the report form.
    r: translator(reportReasonWords, locale, variant),
    w: translator(contributionWords, locale, variant),
    c: translator(common, locale, variant),
    dates: datesFor(el),
  };
};

/** Properties whose change means another queue: a fresh actor, loaded again. */
const RESTART_ON = ['space', 'backend', 'endpoint'] as const;

/**
 * @summary A facilitator's moderation queue for one group: contributions awaiting approval
 * (pre-moderated group), contributions citizens reported, and hidden ones. Each action asks
 * for a reason its author can read; hiding asks for a confirmation too.
 *
 * @attr endpoint - Base URL of the Participe REST API, e.g. `https://participe.example.fr/api`.
 * @attr space - Id or slug of the space (participation group) to moderate.
 * @attr variant - `standard` or `falc` (easy-to-read wording).
 * @attr lang - The page's language is used (`fr` or `en`); set it on the element to override.
 *
 * @event {ParticipeModeratedDetail} participe-moderated - An action was recorded; `detail.contributionId` and `detail.action` (`approve`, `hide`, `restore` or `keep`).
 *
 * @csspart base - The whole widget.
 * @csspart heading - The widget's title.
 * @csspart filters - The filter form: queue, report reason and age.
 * @csspart queues - The queue choice, with the count of each queue.
 * @csspart summary - The live line saying how many contributions are shown, and what was just done.
 * @csspart notice - Says that someone else acted on a contribution meanwhile.
 * @csspart error - The error message and its retry button.
 * @csspart items - The list of contributions to moderate.
 * @csspart item - One contribution.
 * @csspart item-title - Its title.
 * @csspart item-meta - Its kind and author's pseudonym.
 * @csspart item-queue - Its queue, since when, and days waited.
 * @csspart item-body - Its text, shown to facilitators even while hidden.
 * @csspart hidden-reason - Why it was hidden.
 * @csspart reports - Its open reports: reason, note and date.
 * @csspart item-actions - The action buttons.
 * @csspart reason-form - The reason field of an action.
 * @csspart hint - Who reads the reason.
 * @csspart field-error - The reason field's error.
 * @csspart form-actions - The reason form's buttons.
 * @csspart confirm - The confirmation before hiding.
 * @csspart action-error - Why an action was not recorded.
 *
 * @cssprop --participe-color-primary - Buttons and the edge of the reason form.
 * @cssprop --participe-color-warning - The "someone else acted" notice.
 * @cssprop --participe-color-danger - Error messages.
 * @cssprop --participe-color-text - Text.
 * @cssprop --participe-color-muted - Secondary text.
 * @cssprop --participe-color-surface - Item background.
 * @cssprop --participe-color-surface-alt - Filter form and reason form background.
 * @cssprop --participe-color-border - Borders.
 * @cssprop --participe-color-focus - Focus ring.
 * @cssprop --participe-radius - Corner radius.
 * @cssprop --participe-space - Base spacing.
 * @cssprop --participe-font-size - Base font size.
 */
export class ParticipeModerationQueue extends BackofficeElement {
  static override styles = [tokens, frameStyles, listStyles, moderationStyles];

  // The back end is resolved at each request, so a token the host sets later is used.
  readonly #queue = new ActorController(
    this,
    () =>
      moderationQueueMachine.provide({
        actors: {
          load: fromPromise<QueueLoadResult, QueueLoadRequest>(async ({ input }) =>
            loadModerationQueue(await resolveBackoffice(this), input, this.now),
          ),
          act: fromPromise<ModerationActResult, ModerationActRequest>(async ({ input }) =>
            performModeration(await resolveBackoffice(this), input),
          ),
        },
      }),
    // Reasons are written in the language the queue speaks: a hiding reason keeps it.
    () => ({ space: this.space, lang: localeOf(this) }),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.space) this.#queue.send({ type: 'queue.load' });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (RESTART_ON.some((key) => changed.has(key))) {
      this.#queue.restart();
      if (this.space) this.#queue.send({ type: 'queue.load' });
    }
  }

  protected override loadStatus(): LoadStatus {
    return loadStatusOf(this.#queue.snapshot);
  }

  protected override retryLoad(): void {
    this.#queue.send({ type: 'queue.retry' });
  }

  override render() {
    const v = connectModerationQueue(this.#queue.snapshot);
    const words = translatorsFor(this, this.variant);
    const { t } = words;
    return html`<section part="base" aria-labelledby="heading" aria-busy=${v.busy ? 'true' : 'false'}>
      <h2 id="heading" part="heading" tabindex="-1">${t('heading')}</h2>
      ${this.#filters(v, words)}
      <p id="summary" part="summary" role="status">${this.#summary(v, words)}</p>
      ${
        v.conflict
          ? html`<p id="notice" part="notice" role="alert" tabindex="-1">
              ${t('conflict', { title: v.conflict.title })}
            </p>`
          : nothing
      }
      ${v.state === 'error' ? this.#error(v, words) : nothing}
      ${
        v.items.length
          ? html`<ol part="items" aria-labelledby="heading">
              ${v.items.map((item) => this.#item(item, v, words))}
            </ol>`
          : nothing
      }
    </section>`;
  }

  #filters(v: ModerationQueueView, { t, r }: Words) {
    const f = v.filters;
    const queue = (value: string, label: string) =>
      html`<label><input type="radio" name="queue" value=${value} ?checked=${(f.queue ?? '') === value} /> ${label}</label>`;
    return html`<form part="filters" aria-labelledby="filters-title" @submit=${this.#onFilter}>
      <p id="filters-title" class="visually-hidden">${t('filters')}</p>
      <fieldset part="queues">
        <legend>${t('queueQuestion')}</legend>
        ${queue('', t('queue.all', { n: v.total }))}
        ${MODERATION_QUEUES.map((q) => queue(q, t(`queue.${q}`, { n: v.counts[q] })))}
      </fieldset>
      <div>
        <label for="reason-filter">${t('reasonQuestion')}</label>
        <select id="reason-filter" name="reason">
          <option value="" ?selected=${!f.reason}>${t('anyReason')}</option>
          ${REPORT_REASON_CHOICES.map(
            (k) => html`<option value=${k} ?selected=${f.reason === k}>${r(`reason.${k}`)}</option>`,
          )}
        </select>
      </div>
      <div>
        <label for="age-filter">${t('ageQuestion')}</label>
        <select id="age-filter" name="age">
          ${MODERATION_AGES.map(
            (n) =>
              html`<option value=${n} ?selected=${(f.olderThanDays ?? 0) === n}>
                ${n ? t('age', { n }) : t('anyAge')}
              </option>`,
          )}
        </select>
      </div>
      <div><button class="primary" type="submit">${t('apply')}</button></div>
    </form>`;
  }

  #summary(v: ModerationQueueView, { t }: Words) {
    switch (v.state) {
      case 'loading':
        return t('loading');
      case 'acting':
        return t('sending');
      case 'ready':
      case 'empty': {
        const done = v.done ? `${t(`done.${v.done.action}`)} ` : '';
        const rest = v.items.length ? t('count', { n: v.items.length }) : v.filtered ? t('emptyFiltered') : t('empty');
        return done + rest;
      }
      default:
        return '';
    }
  }

  #error(v: ModerationQueueView, { t, c }: Words) {
    const kind = v.failure?.kind;
    const message = failureMessage(v.failure, groupLoadWords(t, c('offline')));
    // Retrying cannot give a role or create a group: no button for those.
    const retry = kind !== 'forbidden' && kind !== 'unauthorized' && kind !== 'notFound';
    return html`<div part="error" role="alert">
      <p>${message}</p>
      ${
        retry
          ? html`<button type="button" @click=${() => this.#send({ type: 'queue.retry' })}>${c('retry')}</button>`
          : nothing
      }
    </div>`;
  }

  #item(item: QueueItemView, v: ModerationQueueView, words: Words) {
    const { t, r, w, dates } = words;
    const titleId = `title-${item.id}`;
    return html`<li part="item">
      <article aria-labelledby=${titleId}>
        <h3 id=${titleId} part="item-title" tabindex="-1" lang=${item.lang}>${item.title}</h3>
        <p part="item-meta">${w(`kind.${item.kind}`)} · ${t('by', { pseudonym: item.pseudonym })}</p>
        <p part="item-queue">
          <strong>${t(`in.${item.queue}`)}</strong>
          <time datetime=${item.since}>${t('since', { date: dates.instant(item.since) })}</time> ·
          ${item.days ? t('waited', { n: item.days }) : t('today')}
        </p>
        <p part="item-body" lang=${item.lang}>${item.body}</p>
        ${
          item.hiddenReason
            ? html`<p part="hidden-reason">${sentence(t, 'hiddenReason', 'reason', item.hiddenReason, item.hiddenLang)}</p>`
            : nothing
        }
        ${
          item.reports.length
            ? html`<p>${t('reports', { n: item.reports.length })}</p>
                <ul part="reports">
                  ${item.reports.map(
                    (rep) => html`<li>
                      <p>
                        ${t('reportReason', { reason: r(`reason.${rep.reason}`) })} ·
                        <time datetime=${rep.createdAt}>${dates.instant(rep.createdAt)}</time>
                      </p>
                      ${rep.note ? html`<p>${sentence(t, 'reportNote', 'note', rep.note, rep.lang)}</p>` : nothing}
                    </li>`,
                  )}
                </ul>`
            : nothing
        }
        ${this.#controls(item, v, words)}
      </article>
    </li>`;
  }

  /** The buttons, or the reason form, or the confirmation: what the action under way needs. */
  #controls(item: QueueItemView, v: ModerationQueueView, words: Words) {
    const { t } = words;
    const pending = v.pending?.contributionId === item.id ? v.pending.action : null;
    const shows =
      pending && v.step !== 'browsing'
        ? v.step === 'confirming' || (v.state === 'acting' && pending === 'hide')
          ? 'confirm'
          : needsReason(pending)
            ? 'form'
            : 'buttons'
        : 'buttons';
    const failure = pending && v.actionFailure ? this.#failure(v, words) : nothing;
    if (shows === 'confirm') {
      return html`<div part="confirm" role="group" aria-labelledby="confirm-text">
        <p id="confirm-text">${t('confirm', { title: item.title, reason: v.reason.trim() })}</p>
        <div part="form-actions">
          <button id="confirm-yes" class="primary" type="button" @click=${() => this.#send({ type: 'queue.confirm' })}>
            ${t('confirmYes')}
          </button>
          <button type="button" @click=${() => this.#send({ type: 'queue.cancel' })}>${t('confirmNo')}</button>
        </div>
      </div>`;
    }
    if (shows === 'form' && pending) return this.#reasonForm(pending, v, words, failure);
    return html`<div part="item-actions">
        ${item.actions.map(
          (action) => html`<button
            id=${`act-${item.id}-${action}`}
            type="button"
            aria-describedby=${`title-${item.id}`}
            @click=${() => this.#send({ type: 'queue.choose', contributionId: item.id, action })}
          >
            ${t(`action.${action}`)}
          </button>`,
        )}
      </div>
      ${failure}`;
  }

  #reasonForm(action: ModerationAction, v: ModerationQueueView, { t }: Words, failure: unknown) {
    const a = action as Exclude<ModerationAction, 'approve'>;
    const error = v.reasonError;
    const submit = (e: SubmitEvent) => {
      e.preventDefault();
      const reason = String(new FormData(e.currentTarget as HTMLFormElement).get('reason') ?? '');
      this.#send({ type: 'queue.submit', reason });
    };
    return html`<form part="reason-form" novalidate @submit=${submit}>
      <label for="reason">${t(`reason.${a}`)}</label>
      <p id="reason-hint" part="hint">${t(`hint.${a}`)}</p>
      <textarea
        id="reason"
        name="reason"
        rows="3"
        required
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'reason-hint reason-error' : 'reason-hint'}
        .value=${v.reason}
      ></textarea>
      ${
        error
          ? html`<p id="reason-error" part="field-error" role="alert">
              ${error === 'required' ? t('required', { example: t(`example.${a}`) }) : t('tooLong')}
            </p>`
          : nothing
      }
      ${failure}
      <div part="form-actions">
        <button class="primary" type="submit">${t(`send.${a}`)}</button>
        <button type="button" @click=${() => this.#send({ type: 'queue.cancel' })}>${t('cancel')}</button>
      </div>
    </form>`;
  }

  #failure(v: ModerationQueueView, { t, c }: Words) {
    const message = failureMessage(v.actionFailure, {
      forbidden: t('forbidden'),
      unauthorized: t('unauthorized'),
      offline: c('offline'),
      failed: t('actionFailed'),
    });
    return html`<p id="action-error" part="action-error" role="alert">${message}</p>`;
  }

  /**
   * Sends an event, waits for any request it started, then puts focus where the person
   * goes on: the reason field, the confirmation, the next item once one has left, the
   * notice when someone else acted first, or back to the button of a cancelled action.
   */
  async #send(event: ModerationQueueEvent) {
    const actor = this.#queue.actor;
    const before = actor.getSnapshot().context;
    actor.send(event);
    try {
      await waitFor(actor, (s) => !s.matches('loading') && !s.matches('acting'));
    } catch {
      return; // the actor was replaced (new space or back end)
    }
    await this.updateComplete;
    const s = actor.getSnapshot();
    const { done, conflict, pending } = s.context;
    if (done && done !== before.done) {
      this.dispatchEvent(new ParticipeModeratedEvent({ contributionId: done.contributionId, action: done.action }));
    }
    let target: string | null = null;
    if (s.matches({ ready: 'composing' })) target = 'reason';
    else if (s.matches({ ready: 'confirming' })) target = 'confirm-yes';
    else if (conflict && conflict !== before.conflict) target = 'notice';
    else if (done && done !== before.done) target = done.nextId ? `title-${done.nextId}` : 'heading';
    else if (event.type === 'queue.cancel' && before.pending)
      target = `act-${before.pending.contributionId}-${before.pending.action}`;
    else if (event.type === 'queue.retry') target = 'heading';
    else if (pending && s.context.actionFailure) target = 'action-error';
    if (target) (this.renderRoot as ShadowRoot).getElementById(target)?.focus();
  }

  #onFilter(e: SubmitEvent) {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    this.#send({
      type: 'queue.filter',
      filters: {
        queue: String(data.get('queue') ?? '') as QueueFilters['queue'],
        reason: String(data.get('reason') ?? '') as QueueFilters['reason'],
        olderThanDays: Number(data.get('age') ?? 0) as QueueFilters['olderThanDays'],
      },
    });
  }
}
