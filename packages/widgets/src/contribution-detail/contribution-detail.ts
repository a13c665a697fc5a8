import {
  type CommitmentView,
  type ContributionDetailView,
  connectContributionDetail,
  connectReport,
  contributionDetailMachine,
  type DetailLoadRequest,
  type DetailLoadResult,
  loadDetail,
  type ParticipeBackend,
  REPORT_REASON_CHOICES,
  type ReportView,
  reportMachine,
  reportSender,
  type TimelineEntry,
} from '@participe/core';
import { html, nothing, type PropertyValues } from 'lit';
import { fromPromise, waitFor } from 'xstate';
import { ActorController } from '../controllers/actor-controller.js';
import { common } from '../i18n/common.messages.js';
import { contributionWords } from '../i18n/contribution-words.messages.js';
import { datesFor } from '../i18n/dates.js';
import { localeOf, translator, type Variant } from '../i18n/i18n.js';
import { resolveBackend } from '../internal/backend.js';
import { inHostLandmark } from '../internal/landmark.js';
import { ParticipeElement } from '../internal/participe-element.js';
import { sentence } from '../internal/written.js';
import { badgeStyles } from '../styles/badge.js';
import { tokens } from '../styles/tokens.js';
import type { AuthorPanel } from './contribution-detail.author.js';
import { detailMessages } from './contribution-detail.messages.js';
import { detailStyles } from './contribution-detail.styles.js';

/** Properties whose change means another contribution to show. */
const REOPEN_ON = ['backend', 'endpoint', 'contribution', 'code'] as const;

type Shown = NonNullable<ContributionDetailView['contribution']>;
type Words = ReturnType<typeof translatorsFor>;
const translatorsFor = (el: Element, variant: Variant) => {
  const locale = localeOf(el);
  return {
    t: translator(detailMessages, locale, variant),
    w: translator(contributionWords, locale, variant),
    c: translator(common, locale, variant),
    dates: datesFor(el),
  };
};

/**
 * @summary One contribution as the public sees it: its text, the institution's signed answer,
 * what it committed to and how far it got, and the history of every public step. Opened with
 * a follow-up code, it is the author's own page: with their secret code they download a copy
 * of their data (JSON, or a page to print), correct or withdraw the contribution, or erase
 * their data, each after a confirmation that says what will remain. Anyone else can report
 * a published contribution to the group's facilitators, with a reason.
 *
 * @attr endpoint - Base URL of the Participe REST API, e.g. `https://participe.example.fr/api`.
 * @attr contribution - Id of the contribution to show.
 * @attr code - A follow-up code (e.g. `K7P-4QX`); wins over `contribution`. Without either, the widget asks for a code.
 * @attr variant - `standard` or `falc` (easy-to-read wording).
 * @attr export-url - Where the author asks for a copy of their data; `{code}` and `{id}` are replaced.
 * @attr erase-url - Where the author asks for their data to be erased; `{code}` and `{id}` are replaced.
 *
 * @csspart base - The whole widget.
 * @csspart live-status - Says "loading" to screen readers and on screen.
 * @csspart article - The contribution, once shown.
 * @csspart header - Title, author, status and timing.
 * @csspart title - The contribution's title.
 * @csspart meta - Kind, theme, place, author and date.
 * @csspart status - Its status, in words.
 * @csspart timing - Days waited, or days the answer took.
 * @csspart overdue-badge - "Late" badge, shown when the answer delay is past.
 * @csspart body - The contribution's text.
 * @csspart report - "Report this contribution": its disclosure, form and thank-you.
 * @csspart report-form - The reasons to choose from, the optional note and the send button.
 * @csspart report-status - Says "sending", then thanks the person once the report is in.
 * @csspart answer - The institution's answer, or the promise of one.
 * @csspart answer-text - The answer's reasons.
 * @csspart signature - The service that signs the answer, and the date.
 * @csspart commitments - What the institution committed to.
 * @csspart commitment - One commitment with its progress.
 * @csspart progress - A commitment's progress bar.
 * @csspart late - Says a commitment is behind its plan.
 * @csspart steps - A commitment's planned steps (milestones), each met or late.
 * @csspart timeline - The public history.
 * @csspart timeline-list - Its ordered list of steps.
 * @csspart follow-up - What the follow-up code lets the author do.
 * @csspart author - The author's own page (opened with the follow-up code): the secret code, then their data and actions.
 * @csspart author-status - Says "checking", "sending", then what was done.
 * @csspart author-form - The secret code's form, and the correction's.
 * @csspart author-actions - A row of the author's buttons.
 * @csspart author-confirm - The confirmation of an action, saying what will remain.
 * @csspart author-erased - What remains after the author erased their data.
 * @csspart author-problem - Why the author's page said no, and what to do.
 * @csspart code-form - The form asking for a follow-up code.
 * @csspart hint - The help text under the code field.
 * @csspart not-found - The message when nothing matches.
 * @csspart error - The error message and its retry button.
 *
 * @cssprop --participe-color-primary - Links, buttons, progress bars and the answer's edge.
 * @cssprop --participe-color-warning - The overdue badge.
 * @cssprop --participe-color-danger - Error messages.
 * @cssprop --participe-color-text - Text.
 * @cssprop --participe-color-muted - Secondary text.
 * @cssprop --participe-color-surface-alt - Answer and follow-up background.
 * @cssprop --participe-color-border - Borders.
 * @cssprop --participe-color-focus - Focus ring.
 * @cssprop --participe-radius - Corner radius.
 * @cssprop --participe-space - Base spacing.
 * @cssprop --participe-font-size - Base font size.
 */
export class ParticipeContributionDetail extends ParticipeElement {
  static override styles = [tokens, badgeStyles, detailStyles];

  static override properties = {
    endpoint: {},
    contribution: {},
    code: {},
    exportUrl: { attribute: 'export-url' },
    eraseUrl: { attribute: 'erase-url' },
    backend: { attribute: false },
    now: { attribute: false },
  };

  declare endpoint: string;
  declare contribution: string;
  declare code: string;
  declare exportUrl: string;
  declare eraseUrl: string;
  /** An in-process back end (tests, Storybook, demos); wins over `endpoint`. */
  declare backend: ParticipeBackend | null;
  /** The clock days waited and overdue are counted with. */
  declare now: () => Date;

  constructor() {
    super();
    this.endpoint = '';
    this.contribution = '';
    this.code = '';
    this.exportUrl = '';
    this.eraseUrl = '';
    this.backend = null;
    this.now = () => new Date();
  }

  // The actor starts empty (idle); `#open()` tells it what to show once properties are known.
  readonly #detail = new ActorController(
    this,
    () =>
      contributionDetailMachine.provide({
        actors: {
          load: fromPromise<DetailLoadResult, DetailLoadRequest>(async ({ input }) =>
            loadDetail(await resolveBackend(this), input, this.now),
          ),
        },
      }),
    () => ({}),
  );

  // A citizen's report of the contribution shown; a fresh one for each contribution opened.
  readonly #reporter = new ActorController(
    this,
    () => reportMachine.provide({ actors: { report: reportSender(() => resolveBackend(this)) } }),
    () => undefined,
  );

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#open();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('backend') || changed.has('endpoint')) this.#detail.restart();
    if (REOPEN_ON.some((key) => changed.has(key))) this.#open();
  }

  /** The author's own page, for the code and contribution it was opened with; loaded on demand. */
  #author: { key: string; panel: AuthorPanel | null } | null = null;

  #authorSection(code: string, contributionId: string) {
    const key = `${code}|${contributionId}`;
    if (this.#author?.key !== key) {
      this.#author?.panel?.dispose();
      const author = { key, panel: null as AuthorPanel | null };
      this.#author = author;
      void import('./contribution-detail.author.js').then(({ AuthorPanel }) => {
        if (this.#author !== author) return;
        author.panel = new AuthorPanel(
          this,
          { code, contributionId },
          () => resolveBackend(this),
          () => this.#reload(),
        );
        this.requestUpdate();
      });
    }
    return this.#author.panel?.render() ?? nothing;
  }

  /** The author changed the contribution: show it as it is now, keeping the author's page. */
  async #reload() {
    const { code, contributionId } = this.#detail.snapshot.context;
    this.#detail.send({ type: 'detail.open', contributionId: contributionId ?? '', code: code ?? '' });
    try {
      await waitFor(this.#detail.actor, (s) => !s.matches('loading'));
    } catch {
      // another back end: nothing to wait for
    }
    await this.updateComplete;
  }

  #open() {
    this.#reporter.restart();
    this.#detail.send({ type: 'detail.open', contributionId: this.contribution, code: this.code });
  }

  override render() {
    const v = connectContributionDetail(this.#detail.snapshot, (e) => this.#detail.send(e));
    const words = translatorsFor(this, this.variant);
    // The live region stays in place so that "loading" is announced when it appears.
    return html`<div part="base">
      <p part="live-status" role="status">${v.state === 'loading' ? words.t('loading') : ''}</p>
      ${this.#content(v, words)}
    </div>`;
  }

  #content(v: ContributionDetailView, words: Words) {
    const { t, c } = words;
    switch (v.state) {
      case 'idle':
        return this.#codeForm(v, words);
      case 'loading':
        return nothing;
      case 'notFound':
        return html`<p id="not-found" part="not-found" role="alert" tabindex="-1">
            ${v.missing === 'code' ? t('notFoundCode') : t('notFoundContribution')}
          </p>
          ${v.missing === 'code' ? this.#codeForm(v, words, v.code ?? '') : nothing}`;
      case 'error':
        return html`<div part="error" role="alert">
          <p>${v.failure?.kind === 'offline' ? c('offline') : t('failed')}</p>
          <button id="retry" type="button" @click=${() => this.#settle(v.retry)}>${c('retry')}</button>
        </div>`;
      default:
        return this.#ready(v.contribution!, v, words);
    }
  }

  /**
   * After a person asked for a contribution (code form, retry), the control they used is
   * gone: focus goes to what came instead — the title, the field to correct, or "retry".
   */
  async #settle(intent: () => void) {
    const actor = this.#detail.actor;
    intent();
    try {
      await waitFor(actor, (s) => !s.matches('loading'));
    } catch {
      return; // the actor was replaced (new back end): nothing to focus for
    }
    await this.updateComplete;
    const root = this.renderRoot;
    const target =
      root.querySelector<HTMLElement>('#title') ?? root.querySelector('#code') ?? root.querySelector('#retry');
    target?.focus();
  }

  #codeForm(v: ContributionDetailView, { t }: Words, value = '') {
    const submit = (e: SubmitEvent) => {
      e.preventDefault();
      const code = String(new FormData(e.currentTarget as HTMLFormElement).get('code') ?? '');
      this.#reporter.restart();
      this.#settle(() => v.open(code));
    };
    return html`<form part="code-form" aria-labelledby="code-heading" @submit=${submit}>
      <h2 id="code-heading">${t('codeHeading')}</h2>
      <label for="code">${t('codeLabel')}</label>
      <p id="code-hint" part="hint">${t('codeHint')}</p>
      <input
        id="code"
        name="code"
        required
        autocomplete="off"
        autocapitalize="characters"
        spellcheck="false"
        aria-describedby="code-hint"
        .value=${value}
      />
      <button class="primary" type="submit">${t('codeSubmit')}</button>
    </form>`;
  }

  #ready(s: Shown, v: ContributionDetailView, words: Words) {
    const { t, w, dates } = words;
    const meta = [
      s.kind ? w(`kind.${s.kind}`) : null,
      s.theme?.label ?? null,
      s.territory ? t('place', { place: s.territory }) : null,
    ].filter((x): x is string => x !== null);
    // Outside the host page's landmarks, the contribution is a region of its own (RGAA 12.6).
    return html`<article part="article" aria-labelledby="title" role=${inHostLandmark(this) ? nothing : 'region'}>
      <header part="header">
        ${meta.length ? html`<p part="meta">${meta.join(' · ')}</p>` : nothing}
        <h2 id="title" part="title" tabindex="-1" lang=${s.title ? s.lang : nothing}>${s.title ?? w('hiddenTitle')}</h2>
        <p part="meta">
          ${s.onBehalfOf ? t('onBehalfOf', { name: s.onBehalfOf }) : t('by', { pseudonym: s.pseudonym })}
          ${s.publishedAt ? html` · <time datetime=${s.publishedAt}>${dates.instant(s.publishedAt)}</time>` : nothing}
        </p>
        <p part="status">${w(`status.${s.status}`)}</p>
        ${s.timing ? html`<p part="timing">${w(s.timing.kind, { n: s.timing.days })}</p>` : nothing}
        ${
          s.overdueDays !== null
            ? html`<p part="overdue-badge"><span aria-hidden="true">⚠</span> ${w('overdue', { n: s.overdueDays })}</p>`
            : nothing
        }
      </header>
      <p part="body" lang=${s.body ? s.lang : nothing}>${s.body ?? t('hiddenBody')}</p>
      ${s.reportable && !v.code ? this.#report(s.id, words) : nothing}
      ${this.#answer(s, words)} ${s.commitments.length ? this.#commitments(s.commitments, words) : nothing}
      ${this.#timeline(v.timeline, words)} ${v.code ? this.#followUp(v.code, s.id, words) : nothing}
      ${v.code ? this.#authorSection(v.code, s.id) : nothing}
    </article>`;
  }

  /** A disclosure under the text: the reason (required), a note, then a thank-you. */
  #report(contributionId: string, { t, c }: Words) {
    const r = connectReport(this.#reporter.snapshot, (e) => this.#reporter.send(e));
    const sent = r.state === 'sent';
    const send = (e: SubmitEvent) => {
      e.preventDefault();
      const data = new FormData(e.currentTarget as HTMLFormElement);
      this.#sendReport(r, contributionId, String(data.get('reason') ?? ''), String(data.get('note') ?? ''));
    };
    const problem =
      r.problem &&
      {
        reason: t('reportNoReason'),
        note: t('reportLong'),
        offline: c('offline'),
        failed: t('reportFailed'),
      }[r.problem];
    return html`<div part="report">
      <p id="report-status" part="report-status" role="status" tabindex="-1">
        ${sent ? t('reportSent') : r.state === 'sending' ? t('reportSending') : ''}
      </p>
      ${
        sent
          ? nothing
          : html`<details>
              <summary>${t('report')}</summary>
              <form part="report-form" novalidate @submit=${send}>
                <fieldset
                  role="radiogroup"
                  aria-required="true"
                  aria-describedby=${r.problem === 'reason' ? 'report-error' : nothing}
                >
                  <legend>${t('reportWhy')}</legend>
                  ${REPORT_REASON_CHOICES.map(
                    (k) => html`<label><input type="radio" name="reason" value=${k} /> ${t(`reason.${k}`)}</label>`,
                  )}
                </fieldset>
                <label for="report-note">${t('reportNote')}</label>
                <textarea
                  id="report-note"
                  name="note"
                  rows="3"
                  aria-invalid=${r.problem === 'note' ? 'true' : 'false'}
                  aria-describedby=${r.problem === 'note' ? 'report-error' : nothing}
                ></textarea>
                ${problem ? html`<p id="report-error" role="alert">${problem}</p>` : nothing}
                <button class="primary" type="submit">${t('reportSend')}</button>
              </form>
            </details>`
      }
    </div>`;
  }

  /** After sending: the field to correct, or the thank-you that replaced the form. */
  async #sendReport(r: ReportView, contributionId: string, reason: string, note: string) {
    const actor = this.#reporter.actor;
    // The note is written in the language the widget speaks, as a contribution is.
    r.send(contributionId, reason, note, localeOf(this));
    try {
      await waitFor(actor, (s) => !s.matches('sending'));
    } catch {
      return; // another contribution was opened meanwhile
    }
    await this.updateComplete;
    const s = actor.getSnapshot();
    const error = s.context.error;
    const root = this.renderRoot;
    const target = s.matches('sent')
      ? '#report-status'
      : error === 'reason'
        ? '[name="reason"]'
        : error === 'note'
          ? '#report-note'
          : null;
    if (target) root.querySelector<HTMLElement>(target)?.focus();
  }

  #answer(s: Shown, { t, w, dates }: Words) {
    // No promise of an answer for what will never get one (withdrawn, hidden).
    if (!s.answerOrPromise) return nothing;
    return html`<section part="answer" aria-labelledby="answer-heading">
      <h3 id="answer-heading">${t('answerHeading')}</h3>
      ${
        s.answer
          ? html`<p><strong>${t('verdictIs', { verdict: w(`verdict.${s.answer.verdict}`) })}</strong></p>
              <p>${t('reasons')}</p>
              <p part="answer-text" lang=${s.answer.lang}>${s.answer.text}</p>
              <p part="signature">
                ${t('signedBy', { service: s.answer.service })} ·
                <time datetime=${s.answer.publishedAt}>
                  ${t('answeredOn', { date: dates.instant(s.answer.publishedAt) })}
                </time>
              </p>`
          : html`<p>${t('noAnswer', { n: s.answerWithinDays ?? 0 })}</p>`
      }
    </section>`;
  }

  #commitments(list: CommitmentView[], { t, dates }: Words) {
    return html`<section part="commitments" aria-labelledby="commitments-heading">
      <h3 id="commitments-heading">${t('commitmentsHeading')}</h3>
      <ul>
        ${list.map(
          (k) => html`<li part="commitment">
            <h4 lang=${k.lang}>${k.what}</h4>
            <p>${t('who', { owner: k.owner })}</p>
            <p><time datetime=${k.due}>${t('due', { date: dates.day(k.due) })}</time></p>
            ${k.late ? html`<p part="late">${t('late')}</p>` : nothing}
            ${
              k.steps.length
                ? html`<p>${t('steps')}</p>
                    <ol part="steps">
                      ${k.steps.map(
                        (m) =>
                          html`<li data-state=${m.metAt ? 'met' : m.late ? 'late' : 'planned'}>
                            ${sentence(
                              t,
                              m.metAt ? 'step.met' : m.late ? 'step.late' : 'step.planned',
                              'label',
                              m.label,
                              k.lang,
                              {
                                date: m.metAt ? dates.instant(m.metAt) : dates.day(m.due),
                              },
                            )}
                          </li>`,
                      )}
                    </ol>`
                : nothing
            }
            <p id=${`progress-${k.id}`}>${t('progress', { percent: k.percent })}</p>
            <progress part="progress" max="100" .value=${k.percent} aria-labelledby=${`progress-${k.id}`}>
              ${k.percent}\u00a0%
            </progress>
            ${
              k.updates.length
                ? html`<p>${t('updates')}</p>
                    <ol>
                      ${k.updates.map(
                        (u) => html`<li>
                          <time datetime=${u.at}>${dates.instant(u.at)}</time>\u00a0: <span lang=${k.lang}>${u.text}</span>
                          (${t('progress', { percent: u.percent })})
                        </li>`,
                      )}
                    </ol>`
                : nothing
            }
          </li>`,
        )}
      </ul>
    </section>`;
  }

  #timeline(entries: TimelineEntry[], { t, w, dates }: Words) {
    const phrase = (e: TimelineEntry) =>
      t(`event.${e.type}`, {
        verdict: e.verdict ? w(`verdict.${e.verdict}`) : '',
        what: e.commitment ?? '',
        percent: e.percent ?? 0,
      });
    return html`<section part="timeline" aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">${t('timelineHeading')}</h3>
      <ol part="timeline-list">
        ${entries.map((e) => html`<li><time datetime=${e.at}>${dates.instant(e.at)}</time>\u00a0: ${phrase(e)}</li>`)}
      </ol>
    </section>`;
  }

  #followUp(code: string, id: string, { t }: Words) {
    const link = (template: string, label: string) =>
      template
        ? html`<li>
            <a href=${template.replaceAll('{code}', encodeURIComponent(code)).replaceAll('{id}', encodeURIComponent(id))}
              >${label}</a
            >
          </li>`
        : nothing;
    return html`<section part="follow-up" aria-labelledby="follow-heading">
      <h3 id="follow-heading">${t('followHeading')}</h3>
      <p>${t('followCode', { code })}</p>
      <p>${t('followWatch')}</p>
      <p>${t('followData')}</p>
      ${
        this.exportUrl || this.eraseUrl
          ? html`<ul>
              ${link(this.exportUrl, t('exportLink'))} ${link(this.eraseUrl, t('eraseLink'))}
            </ul>`
          : nothing
      }
    </section>`;
  }
}
