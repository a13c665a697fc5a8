// The steering panel of `participe-cycle`, for a group's team (a `token`, or an in-process
// `staffBackend`): loaded only then, so a public page never downloads it nor the
// professionals' HTTP client. The panel renders the steering machine; every step it takes
// is handed to the wheel (`onCycle`), so the public view beside it follows at once.
import {
  type BackofficeBackend,
  type CycleSteeringView,
  connectCycleSteering,
  cycleSteeringMachine,
  EVALUATION_VIEWPOINTS,
  type PublicCycle,
  type StaffCycle,
  type SteeringForm,
  type SteeringSendRequest,
  type WheelPhase,
} from '@participe/core';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { fromPromise, waitFor } from 'xstate';
import { ActorController } from '../controllers/actor-controller.js';
import { common } from '../i18n/common.messages.js';
import { type Locale, translator, type Variant } from '../i18n/i18n.js';
import { resolveBackoffice } from '../internal/backoffice.js';
import { failureMessage } from '../internal/failure.js';
import { loadStatusOf, TokenRetry } from '../internal/token-retry.js';
import { steeringMessages } from './cycle.steering.messages.js';

type Key = keyof typeof steeringMessages.fr;
type T = (key: Key, params?: Record<string, string | number>) => string;

export interface SteeringHost extends ReactiveControllerHost, HTMLElement {
  endpoint: string;
  space: string;
  token: string | null;
  staffBackend: BackofficeBackend | null;
  renderRoot: HTMLElement | DocumentFragment;
}

/** The group's cycle as the public view shows it: each move by role, never by person. */
const publicOf = (c: StaffCycle): PublicCycle => ({
  spaceId: c.spaceId,
  phase: c.phase,
  round: c.round,
  problemStatement: c.problemStatement,
  evaluation: c.evaluation,
  history: c.history.map(({ actor, ...move }) => ({ ...move, role: actor.role })),
});

export class SteeringPanel {
  readonly #host: SteeringHost;
  readonly #onCycle: (cycle: PublicCycle) => void;
  readonly #steering: ActorController<typeof cycleSteeringMachine>;
  /** A steering load refused with an expired token is tried again when the page sets a new one. */
  readonly #tokenRetry: TokenRetry;
  #seen: StaffCycle | null = null;

  constructor(host: SteeringHost, onCycle: (cycle: PublicCycle) => void) {
    this.#host = host;
    this.#onCycle = onCycle;
    const backend = async () => {
      const b = await resolveBackoffice({
        backend: host.staffBackend,
        endpoint: host.endpoint,
        get token() {
          return host.token;
        },
      });
      if (!b) throw { kind: 'error', message: 'No back end: set `staffBackend`, or `endpoint` and `token`' };
      return b;
    };
    this.#steering = new ActorController(
      host,
      () =>
        cycleSteeringMachine.provide({
          actors: {
            load: fromPromise<StaffCycle, { space: string }>(async ({ input }) =>
              (await backend()).getCycle(input.space),
            ),
            send: fromPromise<StaffCycle, SteeringSendRequest>(async ({ input }) =>
              (await backend()).sendCycleCommand(input.space, input.command, input.expectedVersion),
            ),
          },
        }),
      () => ({ space: host.space }),
    );
    this.#tokenRetry = new TokenRetry({
      token: () => host.token,
      status: () => loadStatusOf(this.#steering.snapshot),
      retry: () => this.#steering.send({ type: 'steer.retry' }),
    });
    host.addController(this.#tokenRetry);
    this.load();
  }

  load() {
    this.#steering.send({ type: 'steer.load' });
  }

  /** The token is gone: the panel's actor stops and leaves the element. */
  dispose() {
    this.#steering.hostDisconnected();
    this.#host.removeController(this.#steering);
    this.#host.removeController(this.#tokenRetry);
  }

  restart() {
    this.#seen = null;
    this.#steering.restart();
    this.load();
  }

  render(o: { locale: Locale; variant: Variant; phases: WheelPhase[]; label: (p: WheelPhase) => string }) {
    const v = connectCycleSteering(this.#steering.snapshot);
    // A step taken (or the cycle read again after a conflict): the wheel and the journey follow.
    if (v.cycle && v.cycle !== this.#seen) {
      const first = this.#seen === null;
      this.#seen = v.cycle;
      if (!first) queueMicrotask(() => this.#onCycle(publicOf(v.cycle!)));
    }
    const t: T = translator(steeringMessages, o.locale, o.variant);
    const c = translator(common, o.locale, o.variant);
    const phase = (id: string) => o.phases.find((p) => p.id === id);
    const label = (id: string) => {
      const p = phase(id);
      return p ? o.label(p) : id;
    };
    const status =
      v.state === 'loading' || v.state === 'idle'
        ? t('loading')
        : v.state === 'sending' || v.state === 'reloading'
          ? t('sending')
          : v.done && !v.failure
            ? t(`done.${v.done}` as Key)
            : '';
    return html`<section part="steering" aria-labelledby="steering-heading">
      <h3 id="steering-heading" tabindex="-1">${t('heading')}</h3>
      <p>${t('intro')}</p>
      <p part="steering-status" role="status">${status}</p>
      ${this.#failure(v, t, c('offline'), c('retry'))}
      ${
        v.cycle && v.state !== 'error'
          ? html`<p>${t('where', { n: phase(v.cycle.phase)?.number ?? '', label: label(v.cycle.phase) })}</p>
              ${
                v.needs.length
                  ? html`<p id="steering-needs">${t('needsIntro')}</p>
                      <ul>
                        ${v.needs.map((n) => html`<li>${t(`need.${n}` as Key)}</li>`)}
                      </ul>`
                  : nothing
              }
              <div class="actions">
                ${
                  v.next
                    ? html`<button
                        part="advance"
                        type="button"
                        class="primary"
                        ?disabled=${!v.canAdvance || v.busy}
                        aria-describedby=${v.needs.length ? 'steering-needs' : nothing}
                        @click=${() => this.#steering.send({ type: 'steer.advance' })}
                      >
                        ${t(v.next.newRound ? 'newRound' : 'advance', { n: v.next.number, label: label(v.next.id) })}
                      </button>`
                    : nothing
                }
                ${v.forms.map(
                  (f) => html`<button
                    part="open-form"
                    type="button"
                    aria-expanded=${v.form === f ? 'true' : 'false'}
                    aria-controls=${v.form === f ? 'steering-form' : nothing}
                    ?disabled=${v.busy}
                    @click=${() => this.#open(f)}
                  >
                    ${t(`open.${f}` as Key)}
                  </button>`,
                )}
              </div>
              ${v.form ? this.#form(v, t, label) : nothing}`
          : nothing
      }
    </section>`;
  }

  #failure(v: CycleSteeringView, t: T, offline: string, retry: string) {
    const f = v.failure;
    const loading = v.state === 'error';
    // A refusal the form shows field by field needs no other message.
    if (!f || (!loading && f.kind === 'rejected' && v.issues.length)) return nothing;
    const words = failureMessage(
      f,
      loading
        ? { offline, denied: t('failure.denied'), failed: t('loadFailed') }
        : { offline, denied: t('failure.denied'), conflict: t('failure.conflict'), failed: t('failure.other') },
    );
    return html`<div part="error" role="alert">
      <p>${words}</p>
      ${
        loading
          ? html`<button type="button" @click=${() => this.#steering.send({ type: 'steer.retry' })}>${retry}</button>`
          : nothing
      }
    </div>`;
  }

  async #open(form: SteeringForm) {
    this.#steering.send({ type: 'steer.open', form });
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>('#steering-form :is(input, textarea)')?.focus();
  }

  #issue(v: CycleSteeringView, t: T, path: string) {
    const issue = v.issueFor(path);
    if (!issue) return null;
    if (issue.code === 'server') return issue.message ?? t('failure.other');
    if (issue.code === 'required' && path === 'to') return t('issue.requiredTo');
    return t(`issue.${issue.code}` as Key);
  }

  #textarea(
    v: CycleSteeringView,
    t: T,
    o: { field: string; label: string; hint?: string; value: string; rows?: number },
  ) {
    const id = `steer-${o.field.replace('.', '-')}`;
    const error = this.#issue(v, t, o.field);
    const described = [o.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${id}>${o.label}</label>
      ${o.hint ? html`<span class="hint" id=${`${id}-hint`}>${o.hint}</span>` : nothing}
      <textarea
        id=${id}
        rows=${o.rows ?? 3}
        .value=${o.value}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        @input=${(e: Event) =>
          this.#steering.send({ type: 'steer.edit', field: o.field, value: (e.target as HTMLTextAreaElement).value })}
      ></textarea>
      ${error ? html`<p class="error" part="field-error" id=${`${id}-error`}>${error}</p>` : nothing}
    </div>`;
  }

  #form(v: CycleSteeringView, t: T, label: (id: string) => string) {
    const d = v.draft;
    const fields =
      v.form === 'back'
        ? html`<fieldset
              role="radiogroup"
              aria-required="true"
              aria-describedby=${v.issueFor('to') ? 'steer-to-error' : nothing}
            >
              <legend>${t('backTo')}</legend>
              ${v.backTo.map(
                (p) => html`<label class="check">
                  <input
                    type="radio"
                    name="to"
                    .value=${p.id}
                    .checked=${d.to === p.id}
                    aria-invalid=${v.issueFor('to') ? 'true' : 'false'}
                    @change=${() => this.#steering.send({ type: 'steer.edit', field: 'to', value: p.id })}
                  />
                  ${t('backOption', { n: p.number, label: label(p.id) })}
                </label>`,
              )}
              ${
                v.issueFor('to')
                  ? html`<p class="error" part="field-error" id="steer-to-error">${this.#issue(v, t, 'to')}</p>`
                  : nothing
              }
            </fieldset>
            ${this.#textarea(v, t, { field: 'reason', label: t('reasonBack'), hint: t('reasonHint'), value: d.reason })}`
        : v.form === 'override'
          ? this.#textarea(v, t, {
              field: 'reason',
              label: t('reasonOverride'),
              hint: t('reasonHint'),
              value: d.reason,
            })
          : v.form === 'problem'
            ? this.#textarea(v, t, {
                field: 'statement',
                label: t('statement'),
                hint: t('statementHint'),
                value: d.statement,
              })
            : html`<fieldset aria-describedby=${v.issueFor('views') ? 'steer-views-error' : nothing}>
                  <legend>${t('views')}</legend>
                  ${EVALUATION_VIEWPOINTS.map((p) =>
                    this.#textarea(v, t, {
                      field: `views.${p}`,
                      label: t(`view.${p}` as Key),
                      value: d.views[p] ?? '',
                      rows: 2,
                    }),
                  )}
                  ${
                    v.issueFor('views') || v.issueFor('viewpoints')
                      ? html`<p class="error" part="field-error" id="steer-views-error">
                          ${this.#issue(v, t, v.issueFor('views') ? 'views' : 'viewpoints')}
                        </p>`
                      : nothing
                  }
                </fieldset>
                ${this.#textarea(v, t, { field: 'summary', label: t('summary'), value: d.summary })}`;
    return html`<form id="steering-form" part="steering-form" novalidate @submit=${(e: Event) => this.#submit(e)}>
      ${fields}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${v.busy}>${t('submit')}</button>
        <button type="button" @click=${() => this.#steering.send({ type: 'steer.close' })}>${t('cancel')}</button>
      </div>
    </form>`;
  }

  async #submit(e: Event) {
    e.preventDefault();
    this.#steering.send({ type: 'steer.submit' });
    await waitFor(this.#steering.actor, (s) => !s.matches({ ready: 'sending' }) && !s.matches({ ready: 'reloading' }));
    await this.#host.updateComplete;
    // The first field in error takes the focus; after a step (the form gone), the panel's heading does.
    const root = this.#host.renderRoot;
    const invalid = root.querySelector<HTMLElement>('#steering-form [aria-invalid="true"]');
    if (invalid) invalid.focus();
    else if (!root.querySelector('#steering-form')) root.querySelector<HTMLElement>('#steering-heading')?.focus();
  }
}
