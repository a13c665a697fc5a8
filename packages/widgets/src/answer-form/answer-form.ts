import {
  type AnswerFormEvent,
  type AnswerFormView,
  answerFormActors,
  answerFormMachine,
  connectAnswerForm,
  type PublishedAnswer,
} from '@participe/core';
import { html, nothing, type PropertyValues } from 'lit';
import { waitFor } from 'xstate';
import { ActorController } from '../controllers/actor-controller.js';
import { ParticipeAnswerPublishedEvent } from '../events/answer-published.js';
import { localeOf } from '../i18n/i18n.js';
import { BackofficeElement, type LoadStatus, resolveBackoffice } from '../internal/backoffice.js';
import { failureMessage } from '../internal/failure.js';
import { inHostLandmark } from '../internal/landmark.js';
import { badgeStyles } from '../styles/badge.js';
import { frameStyles } from '../styles/frame.js';
import { tokens } from '../styles/tokens.js';
import { answerFormStyles } from './answer-form.styles.js';
import { type AnswerScope, type FocusTarget, translatorsFor, type Words } from './answer-form.words.js';

type View = (s: AnswerScope) => unknown;
type Mode = 'list' | 'one';
/**
 * The list and the contribution views load on demand, once per page: a page shows one of
 * them first, and the other is fetched right after, while the professional reads.
 */
const views: Partial<Record<Mode, View>> = {};
const viewLoads = new Map<Mode, Promise<void>>();
function loadView(mode: Mode): Promise<void> {
  let p = viewLoads.get(mode);
  if (!p) {
    p = (
      mode === 'list'
        ? import('./answer-form.list.js').then((m) => m.renderList)
        : import('./answer-form.one.js').then((m) => m.renderOne)
    ).then(
      (view) => {
        views[mode] = view;
      },
      // Offline while the view loads: the next render tries again.
      () => void viewLoads.delete(mode),
    );
    viewLoads.set(mode, p);
  }
  return p;
}
const modeOf = (state: string): Mode | null =>
  state.startsWith('list.') ? 'list' : state.startsWith('one.') ? 'one' : null;

/** Properties whose change means another contribution or list: a fresh actor, loaded again. */
const RESTART_ON = ['space', 'contribution', 'backend', 'endpoint'] as const;

/**
 * @summary The professional's answering desk for one group. Without `contribution`, the
 * contributions that await an answer, oldest first with the late ones marked, and decided
 * answers published together. With one, its text and history, then the workflow: take it up,
 * decide the answer (from a prepared answer if the group has some), publish it, commit to
 * actions and report their progress. Every step carries the version the professional saw: if
 * a colleague changed the contribution meanwhile, both versions are shown side by side and
 * nothing is overwritten.
 *
 * @attr endpoint - Base URL of the Participe REST API, e.g. `https://participe.example.fr/api`.
 * @attr space - Id or slug of the space (participation group) whose contributions are answered.
 * @attr contribution - Id of one contribution to answer; without it, the list of those awaiting an answer.
 * @attr variant - `standard` or `falc` (easy-to-read wording where citizens' words are shown).
 * @attr lang - The page's language is used (`fr` or `en`); set it on the element to override.
 *
 * @event {ParticipeAnswerPublishedDetail} participe-answer-published - An answer was published; `detail.contributionId` and `detail.verdict`. One event per contribution when several are published together.
 *
 * @csspart base - The whole widget.
 * @csspart status - The live line: loading, sending, and what was just done.
 * @csspart heading - The list's title.
 * @csspart intro - The list's explanation.
 * @csspart notice - What was published together, and that the authors are told.
 * @csspart conflict-notice - What changed meanwhile when publishing together was refused.
 * @csspart error - An error message and its retry button.
 * @csspart denied - The message for an account that may not answer here.
 * @csspart items - The list of contributions awaiting an answer.
 * @csspart item - One contribution of the list.
 * @csspart item-title - Its title.
 * @csspart item-link - The button that opens it.
 * @csspart item-meta - Its kind and publication date.
 * @csspart item-status - Its status, in words.
 * @csspart item-timing - Days waited.
 * @csspart overdue-badge - "Late" badge, shown when the answer delay is past.
 * @csspart item-verdict - The answer decided and ready to publish.
 * @csspart changed-badge - Marks a contribution that changed meanwhile.
 * @csspart check - The "ready to publish" checkbox and its label.
 * @csspart bulk-actions - The buttons under the list.
 * @csspart confirm - The confirmation before publishing together.
 * @csspart back - The "back to the list" button.
 * @csspart contribution - The contribution being answered.
 * @csspart header - Its title, author, status and timing.
 * @csspart title - Its title.
 * @csspart meta - Kind, theme, place, author and date.
 * @csspart body - The author's text, shown as plain text.
 * @csspart answer - The answer decided or published.
 * @csspart commitments - What the institution committed to.
 * @csspart commitment - One commitment with its progress.
 * @csspart progress - A commitment's progress bar.
 * @csspart timeline - The contribution's history.
 * @csspart workflow - What the professional may do now.
 * @csspart step - One step of the workflow (a form or a button with its explanation).
 * @csspart field - A labelled field.
 * @csspart hint - A field's help text.
 * @csspart field-error - A field's error, naming the field with a valid example.
 * @csspart alert - The error summary or why a step was not sent.
 * @csspart conflict - The two versions after a colleague's change, and the choice.
 * @csspart theirs - The colleague's current version.
 * @csspart mine - What this professional had prepared.
 *
 * @cssprop --participe-color-primary - Buttons, links and progress bars.
 * @cssprop --participe-color-warning - The overdue and "changed" badges, and the conflict's edge.
 * @cssprop --participe-color-danger - Error messages.
 * @cssprop --participe-color-success - What was published.
 * @cssprop --participe-color-text - Text.
 * @cssprop --participe-color-muted - Secondary text.
 * @cssprop --participe-color-surface - Item background.
 * @cssprop --participe-color-surface-alt - Forms and answer background.
 * @cssprop --participe-color-border - Borders.
 * @cssprop --participe-color-focus - Focus ring.
 * @cssprop --participe-radius - Corner radius.
 * @cssprop --participe-space - Base spacing.
 * @cssprop --participe-font-size - Base font size.
 */
export class ParticipeAnswerForm extends BackofficeElement {
  static override styles = [tokens, frameStyles, badgeStyles, answerFormStyles];

  static override properties = {
    contribution: {},
  };

  declare contribution: string;

  constructor() {
    super();
    this.contribution = '';
  }

  // The back end is resolved at each request, so a token the host sets later is used.
  readonly #form = new ActorController(
    this,
    () =>
      answerFormMachine.provide({
        actors: answerFormActors(
          () => resolveBackoffice(this),
          () => this.now(),
        ),
      }),
    // The answer is written in the language the form is shown in: the answer says so.
    () => ({ space: this.space, contributionId: this.contribution, lang: localeOf(this) }),
  );
  /** The last published list announced to the page, so each publish fires its events once. */
  #announced: PublishedAnswer[] | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a removal: the controller made a fresh actor; load it again.
    if (this.hasUpdated) this.#load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (RESTART_ON.some((key) => changed.has(key))) {
      this.#form.restart();
      this.#load();
    }
  }

  protected override loadStatus(): LoadStatus {
    const s = this.#form.snapshot;
    if (s.matches({ list: 'loading' }) || s.matches({ one: 'loading' })) return 'busy';
    return s.matches('denied') || s.matches({ list: 'failed' }) || s.matches({ one: 'failed' }) ? 'failed' : 'settled';
  }

  protected override retryLoad(): void {
    this.#form.send({ type: 'form.retry' });
  }

  #load() {
    if (this.space || this.contribution) this.#form.send({ type: 'form.load' });
  }

  protected override updated(): void {
    const published = this.#form.snapshot.context.published;
    if (!published || published === this.#announced) return;
    this.#announced = published;
    for (const { contributionId, verdict } of published)
      this.dispatchEvent(new ParticipeAnswerPublishedEvent({ contributionId, verdict }));
  }

  override render() {
    const v = connectAnswerForm(this.#form.snapshot);
    const words = translatorsFor(this, this.variant);
    const scope: AnswerScope = {
      v,
      words,
      send: (e) => this.#form.send(e),
      settle: (e, focus) => this.#settle(e, focus),
    };
    // The live line stays in place so that its changes are announced.
    // Outside the host page's landmarks, the widget is a region of its own (RGAA 12.6).
    const region = !inHostLandmark(this);
    return html`<div
      part="base"
      data-state=${v.state}
      aria-busy=${v.busy ? 'true' : 'false'}
      role=${region ? 'region' : nothing}
      aria-label=${region ? words.t('heading') : nothing}
    >
      <p id="status" part="status" role="status" tabindex="-1">${this.#status(v, words)}</p>
      ${this.#content(scope)}
    </div>`;
  }

  #status(v: AnswerFormView, { t }: Words) {
    switch (v.state) {
      case 'list.loading':
        return t('loadingList');
      case 'one.loading':
        return t('loadingOne');
      case 'list.publishing':
        return t('publishing');
      case 'one.sending':
        return t('sending');
      case 'one.conflict.reloading':
        return t('conflictReloading');
      default:
        break;
    }
    const type = v.outcome?.type;
    if (!type || type === 'bulkPublished' || type === 'bulkConflict') return '';
    if (type === 'discarded') return t('discarded');
    if (type === 'contribution.publish') return html`${t('done.contribution.publish')} ${t('authorTold')}`;
    return t(`done.${type}`);
  }

  #content(s: AnswerScope) {
    const { v, words } = s;
    const { t, c } = words;
    if (v.state === 'idle') return nothing;
    if (v.state === 'denied') {
      return html`<div part="denied" role="alert">
        <p>${failureMessage(v.failure, { unauthorized: t('unauthorized'), forbidden: t('forbidden'), failed: t('forbidden') })}</p>
        <button id="retry" type="button" @click=${() => this.#settle({ type: 'form.retry' }, ['heading', 'title'])}>
          ${c('retry')}
        </button>
      </div>`;
    }
    const mode = modeOf(v.state)!;
    const view = views[mode];
    if (view) return view(s);
    void this.#viewReady(mode).then(() => this.requestUpdate());
    return nothing;
  }

  /** The view for `mode` is loaded; the other one starts loading too. */
  async #viewReady(mode: Mode | null) {
    if (!mode) return;
    await loadView(mode);
    if (!this.#form.snapshot.context.fixed) void loadView(mode === 'list' ? 'one' : 'list');
  }

  /**
   * After a step, the control used may be gone: focus goes to what came instead — the first
   * field to correct, the conflict, the confirmation, the title, or the line saying what happened.
   */
  async #settle(event: AnswerFormEvent, focus: FocusTarget[]) {
    const actor = this.#form.actor;
    actor.send(event);
    try {
      await waitFor(actor, (snap) => !connectAnswerForm(snap).busy);
    } catch {
      return; // the actor was replaced (new space or back end): nothing to focus for
    }
    await this.#viewReady(modeOf(connectAnswerForm(actor.getSnapshot()).state));
    this.requestUpdate();
    await this.updateComplete;
    const root = this.renderRoot;
    const invalid = root.querySelector<HTMLElement>('[aria-invalid="true"]');
    const conflict = root.querySelector<HTMLElement>('#conflict-heading');
    const candidates = [
      invalid,
      conflict,
      root.querySelector<HTMLElement>('#retry'),
      ...focus.map((f) => root.querySelector<HTMLElement>(`#${f === 'confirm' ? 'confirm-heading' : f}`)),
    ];
    candidates.find((el) => el && !(el as HTMLButtonElement).disabled)?.focus();
  }
}
