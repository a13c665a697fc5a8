import {
  type Board,
  type BoardCommitment,
  type BoardLoadRequest,
  type BoardLoadResult,
  type BoardView,
  boardMachine,
  connectBoard,
  formatDays,
  formatNumber,
  formatPercent,
  loadBoard,
  type ParticipeBackend,
} from '@participe/core';
import { html, nothing, type PropertyValues, svg, type TemplateResult } from 'lit';
import { fromPromise } from 'xstate';
import { ActorController } from '../controllers/actor-controller.js';
import { common } from '../i18n/common.messages.js';
import { contributionWords } from '../i18n/contribution-words.messages.js';
import { datesFor } from '../i18n/dates.js';
import { type Locale, localeOf, translator, type Variant } from '../i18n/i18n.js';
import { resolveBackend } from '../internal/backend.js';
import { failureMessage } from '../internal/failure.js';
import { ParticipeElement } from '../internal/participe-element.js';
import { sentence } from '../internal/written.js';
import { frameStyles } from '../styles/frame.js';
import { tokens } from '../styles/tokens.js';
import { boardMessages } from './board.messages.js';
import { boardStyles } from './board.styles.js';

const wordsFor = (el: Element, variant: Variant) => {
  const locale = localeOf(el);
  return {
    locale,
    t: translator(boardMessages, locale, variant),
    c: translator(common, locale, variant),
    w: translator(contributionWords, locale, variant),
    dates: datesFor(el),
    days: (n: number, zero: 'duration' | 'since' = 'duration') => formatDays(n, locale, { zero }),
  };
};
type Words = ReturnType<typeof wordsFor>;

/** Properties whose change means other figures: a fresh actor, loaded again. */
const RESTART_ON = ['space', 'year', 'backend', 'endpoint'] as const;

/** `2026-03` → `mars 2026`, in the page's language. */
const monthName = (month: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

/** The row with the largest `value` (the first one on a tie), or `undefined` for none. */
const largest = <T>(rows: readonly T[], value: (row: T) => number) =>
  rows.reduce<T | undefined>((best, row) => (best === undefined || value(row) > value(best) ? row : best), undefined);

/**
 * A horizontal bar, decorative: the table cell beside it carries the number. SVG attributes
 * (not inline styles) draw it, so it works under a strict Content-Security-Policy.
 */
const bar = (value: number, max: number, inner?: number) =>
  html`<svg part="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    ${svg`<rect part="bar-total" width=${max ? (100 * value) / max : 0} height="10"></rect>`}
    ${inner === undefined ? nothing : svg`<rect part="bar-inner" width=${max ? (100 * inner) / max : 0} height="10"></rect>`}
  </svg>`;

/**
 * @summary The public board: whether the institution answers, and how fast, for one group or
 * the whole council — shares, delays, overdue messages, decisions, themes, months, and each
 * commitment with its progress and steps. Every chart is a table with a sentence that sums
 * it up; the board prints as it reads.
 *
 * @attr endpoint - Base URL of the Participe REST API, e.g. `https://participe.example.fr/api`.
 * @attr space - Id or slug of the space (participation group) to show; leave it out for the whole council.
 * @attr year - Only messages published that year, e.g. `2026`; all years when absent.
 * @attr variant - `standard` or `falc` (easy-to-read wording).
 *
 * @csspart base - The whole widget.
 * @csspart heading - The widget's title.
 * @csspart scope - Which group (or all of them) and which year.
 * @csspart status - The live line saying what is happening.
 * @csspart error - The error message and its retry button.
 * @csspart summary - The sentences that sum up the figures.
 * @csspart figures - The key figures.
 * @csspart section - Each part of the board (overdue, decisions, themes, months, commitments).
 * @csspart table - Each table of figures.
 * @csspart bar - A bar of a chart (inside a table); `bar-total` and `bar-inner` are its rectangles.
 * @csspart overdue - The list of overdue messages.
 * @csspart commitment - One commitment.
 * @csspart late - The "late" flag of a commitment or a step.
 *
 * @cssprop --participe-color-primary - Bars and progress.
 * @cssprop --participe-color-danger - Error messages and "late" flags.
 * @cssprop --participe-color-text - Text.
 * @cssprop --participe-color-focus - Focus ring.
 * @cssprop --participe-radius - Corner radius.
 * @cssprop --participe-space - Base spacing.
 * @cssprop --participe-font-size - Base font size.
 */
export class ParticipeBoard extends ParticipeElement {
  static override styles = [tokens, frameStyles, boardStyles];

  static override properties = {
    endpoint: {},
    space: {},
    year: {},
    backend: { attribute: false },
  };

  /** Base URL of the REST API, e.g. `https://participe.example.fr/api`. */
  declare endpoint: string;
  /** The group's id or slug; empty for the whole council. */
  declare space: string;
  /** Only messages published that year, e.g. `2026`; empty for all years. */
  declare year: string;
  /** An in-process back end (tests, Storybook, demos); wins over `endpoint`. */
  declare backend: ParticipeBackend | null;

  constructor() {
    super();
    this.endpoint = '';
    this.space = '';
    this.year = '';
    this.backend = null;
  }

  readonly #actor = new ActorController(
    this,
    () =>
      boardMachine.provide({
        actors: {
          load: fromPromise<BoardLoadResult, BoardLoadRequest>(async ({ input }) =>
            loadBoard(await resolveBackend(this), input),
          ),
        },
      }),
    () => {
      const year = /^\d{4}$/.test(this.year.trim()) ? Number(this.year) : undefined;
      return { spaceId: this.space, ...(year === undefined ? {} : { year }) };
    },
  );

  /** The view of the current snapshot and the intents a person may trigger. */
  #api() {
    return connectBoard(this.#actor.snapshot, (event) => this.#actor.send(event));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a removal: the controller made a fresh actor; load it again.
    if (this.hasUpdated) this.#api().load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || RESTART_ON.some((key) => changed.has(key))) {
      this.#actor.restart();
      this.#api().load();
    }
  }

  override render() {
    const api = this.#api();
    const w = wordsFor(this, this.variant);
    const board = api.state === 'ready' ? api.board : null;
    // Named by its heading and its scope, so several boards on one page are told apart.
    return html`<section
      part="base"
      aria-labelledby=${board ? 'heading scope' : 'heading'}
      aria-busy=${api.busy ? 'true' : 'false'}
    >
      <h2 id="heading" part="heading">${w.t('heading')}</h2>
      ${board ? this.#scope(api, w) : nothing}
      <p part="status" role="status">${api.state === 'loading' ? w.t('loading') : ''}</p>
      ${api.state === 'error' ? this.#error(api, w) : nothing}
      ${board ? this.#board(board, api, w) : nothing}
    </section>`;
  }

  #scope(api: BoardView, { t }: Words) {
    const scope = api.spaceName ? t('scope.space', { space: api.spaceName }) : t('scope.council');
    return html`<p id="scope" part="scope">${api.year ? `${scope} · ${t('scope.year', { year: api.year })}` : scope}</p>`;
  }

  #error(api: BoardView, { t, c }: Words) {
    return html`<div part="error" role="alert">
      <p>${failureMessage(api.failure, { notFound: t('noSpace'), offline: `${t('failed')} ${c('offline')}`, failed: t('failed') }) || t('failed')}</p>
      <button type="button" @click=${api.retry}>${c('retry')}</button>
    </div>`;
  }

  #board(board: Board, api: BoardView, w: Words) {
    return html`${this.#summary(board, api, w)} ${board.received ? this.#figures(board, api, w) : nothing}
    ${board.overdue.length ? this.#overdue(board, w) : nothing} ${board.received ? this.#verdicts(board, w) : nothing}
    ${board.byTheme.length ? this.#themes(board, w) : nothing} ${board.byMonth.length ? this.#months(board, w) : nothing}
    ${this.#commitments(board, w)}`;
  }

  #summary(board: Board, api: BoardView, { t, days }: Words) {
    const year = api.year;
    const sentences: string[] = [];
    if (!board.received) sentences.push(year ? t('summary.emptyYear', { year }) : t('summary.empty'));
    else if (!board.answered) {
      sentences.push(
        t(year ? 'summary.noAnswerYear' : 'summary.noAnswer', { received: board.received, year: year ?? '' }),
      );
    } else {
      const mean = days(board.meanDaysToAnswer ?? 0);
      const params = { received: board.received, answered: board.answered, mean, year: year ?? '' };
      sentences.push(t(year ? 'summary.year' : 'summary.all', params));
      sentences.push(
        t('summary.delays', { median: days(board.medianDaysToAnswer ?? 0), p90: days(board.p90DaysToAnswer ?? 0) }),
      );
    }
    if (board.received) {
      sentences.push(board.overdueCount ? t('summary.overdue', { n: board.overdueCount }) : t('summary.overdueNone'));
    }
    return html`<p part="summary">${sentences.join(' ')}</p>`;
  }

  #figures(board: Board, api: BoardView, { t, days, locale }: Words) {
    const figure = (label: string, value: string) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
    return html`<dl part="figures">
      ${figure(t('figure.share'), formatPercent(api.shareAnswered ?? 0, locale))}
      ${board.answered ? figure(t('figure.median'), days(board.medianDaysToAnswer ?? 0)) : nothing}
      ${board.answered ? figure(t('figure.p90'), days(board.p90DaysToAnswer ?? 0)) : nothing}
      ${figure(t('figure.overdue'), formatNumber(board.overdueCount, locale))}
    </dl>`;
  }

  #section(id: string, heading: string, body: TemplateResult | TemplateResult[]) {
    return html`<section part="section" aria-labelledby=${id}><h3 id=${id}>${heading}</h3>${body}</section>`;
  }

  #overdue(board: Board, { t, dates, days }: Words) {
    const more = board.overdueCount - board.overdue.length;
    return this.#section(
      'overdue',
      t('overdue.heading'),
      html`<ol part="overdue">
          ${board.overdue.map(
            (o) => html`<li>
              <span class="title" lang=${o.lang}>${o.title}</span>
              <span class="meta">${t('overdue.waiting', {
                date: dates.instant(o.publishedAt),
                days: days(o.daysWaiting, 'since'),
              })}</span>
            </li>`,
          )}
        </ol>
        ${more > 0 ? html`<p>${t('overdue.more', { n: more })}</p>` : nothing}`,
    );
  }

  /** A table whose last column draws each row as a bar: the chart and its data are one thing. */
  #table(caption: string, heads: string[], rows: { cells: string[]; chart: TemplateResult }[], w: Words) {
    return html`<div class="scroll" role="region" aria-label=${caption} tabindex="0">
      <table part="table">
        <caption>${caption}</caption>
        <thead>
          <tr>
            ${heads.map((h, i) => html`<th scope="col" class=${i ? 'number' : ''}>${h}</th>`)}
            <th scope="col" class="chart"><span class="print-hidden">${w.t('table.chart')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) => html`<tr>
              <th scope="row">${r.cells[0]}</th>
              ${r.cells.slice(1).map((c) => html`<td class="number">${c}</td>`)}
              <td class="chart">${r.chart}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  #verdicts(board: Board, w: Words) {
    const { t, locale } = w;
    const label = (v: Board['byVerdict'][number]['verdict']) => w.w(`verdict.${v}`);
    const top = largest(board.byVerdict, (r) => r.count);
    const max = top?.count ?? 0;
    return this.#section(
      'verdicts',
      t('verdicts.heading'),
      top
        ? html`<p>${t('verdicts.summary', { verdict: label(top.verdict), n: top.count, total: board.answered })}</p>
            ${this.#table(
              t('verdicts.heading'),
              [t('table.verdict'), t('table.count')],
              board.byVerdict.map((r) => ({
                cells: [label(r.verdict), formatNumber(r.count, locale)],
                chart: bar(r.count, max),
              })),
              w,
            )}`
        : html`<p>${t('verdicts.none')}</p>`,
    );
  }

  #themes(board: Board, w: Words) {
    const { t, locale } = w;
    const top = largest(board.byTheme, (r) => r.received)!;
    return this.#section(
      'themes',
      t('themes.heading'),
      html`<p>${t('themes.summary', { theme: top.label, n: top.received, total: board.received })}</p>
        ${this.#table(
          t('themes.heading'),
          [t('table.theme'), t('table.received'), t('table.answered')],
          board.byTheme.map((r) => ({
            cells: [r.label, formatNumber(r.received, locale), formatNumber(r.answered, locale)],
            chart: bar(r.received, top.received, r.answered),
          })),
          w,
        )}`,
    );
  }

  #months(board: Board, w: Words) {
    const { t, locale } = w;
    const top = largest(board.byMonth, (r) => r.received)!;
    return this.#section(
      'months',
      t('months.heading'),
      html`<p>${t('months.summary', { month: monthName(top.month, locale), n: top.received })}</p>
        ${this.#table(
          t('months.heading'),
          [t('table.month'), t('table.received'), t('table.answered')],
          board.byMonth.map((r) => ({
            cells: [monthName(r.month, locale), formatNumber(r.received, locale), formatNumber(r.answered, locale)],
            chart: bar(r.received, top.received, r.answered),
          })),
          w,
        )}`,
    );
  }

  #commitments(board: Board, w: Words) {
    const { t } = w;
    const list = board.commitments;
    const done = list.filter((c) => c.done).length;
    const late = list.filter((c) => c.late).length;
    return this.#section(
      'commitments',
      t('commitments.heading'),
      list.length
        ? html`<p>${t('commitments.summary', { n: list.length, done, late })}</p>
            <ul class="commitments">
              ${list.map((c) => this.#commitment(c, w))}
            </ul>`
        : html`<p>${t('commitments.none')}</p>`,
    );
  }

  #commitment(c: BoardCommitment, { t, dates, locale }: Words) {
    const percent = formatPercent(c.percent / 100, locale);
    const flag = c.done ? t('commitment.done') : c.late ? t('commitment.late') : t('commitment.onTime');
    return html`<li part="commitment">
      <p class="what">
        <strong lang=${c.lang}>${c.what}</strong>
        <span part=${c.late ? 'late' : 'flag'} class="flag">${flag}</span>
      </p>
      <p class="meta">${sentence(t, 'commitment.for', 'title', c.title, c.titleLang)}</p>
      <p class="meta">${t('commitment.owner', { owner: c.owner })} · ${t('commitment.due', { date: dates.day(c.due) })}</p>
      <p class="progress">
        <span>${t('commitment.progress', { percent })}</span>
        <progress max="100" value=${c.percent} aria-label=${t('commitment.progress', { percent })}></progress>
      </p>
      ${
        c.milestones.length
          ? html`<p class="meta">${t('milestones.heading')}</p>
              <ol class="milestones">
                ${c.milestones.map((m) => {
                  const key = m.metAt ? 'milestone.met' : m.late ? 'milestone.late' : 'milestone.planned';
                  const date = m.metAt ? dates.instant(m.metAt) : dates.day(m.due);
                  return html`<li part=${m.late ? 'late' : nothing} data-state=${m.metAt ? 'met' : m.late ? 'late' : 'planned'}>
                    ${sentence(t, key, 'label', m.label, c.lang, { date })}
                  </li>`;
                })}
              </ol>`
          : nothing
      }
    </li>`;
  }
}
