// The author's own page inside the detail, opened with a follow-up code: the secret code
// unlocks a copy of their data (JSON, and a readable page to print), a correction, a
// withdrawal and an erase, each behind a confirmation that says what will remain. Loaded
// only when a follow-up code opens the detail, so the public's page never downloads it.
import {
  type AuthorExport,
  type AuthorView,
  authorActors,
  authorMachine,
  connectAuthor,
  type ParticipeBackend,
  writtenIn,
} from '@participe/core';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { waitFor } from 'xstate';
import { ActorController } from '../controllers/actor-controller.js';
import { contributionWords } from '../i18n/contribution-words.messages.js';
import { datesFor } from '../i18n/dates.js';
import { localeOf, translator, type Variant } from '../i18n/i18n.js';
import { authorMessages } from './contribution-detail.author.messages.js';

type Host = ReactiveControllerHost &
  HTMLElement & { renderRoot: HTMLElement | DocumentFragment; variant: Variant; now: () => Date };
type T = ReturnType<typeof translator<keyof typeof authorMessages.fr & string>>;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Saves `text` as a file on the person's device: nothing leaves it, no window opens. */
function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export class AuthorPanel {
  readonly #host: Host;
  readonly #author: ActorController<typeof authorMachine>;
  /** Called when the contribution itself changed (corrected, withdrawn, erased): the detail reloads. */
  readonly #changed: () => void;

  constructor(
    host: Host,
    input: { code: string; contributionId: string },
    backend: () => Promise<ParticipeBackend | null>,
    changed: () => void,
  ) {
    this.#host = host;
    this.#changed = changed;
    this.#author = new ActorController(
      host,
      () => authorMachine.provide({ actors: authorActors(backend) }),
      () => input,
    );
  }

  /** Stops the actor: another contribution was opened. */
  dispose() {
    this.#author.hostDisconnected();
    this.#host.removeController(this.#author);
  }

  render() {
    const v = connectAuthor(this.#author.snapshot, (e) => this.#author.send(e));
    const t = translator(authorMessages, localeOf(this.#host), this.#host.variant);
    return html`<section part="author" aria-labelledby="author-heading">
      <h3 id="author-heading" tabindex="-1">${t('heading')}</h3>
      <p part="author-status" role="status">${this.#status(v, t)}</p>
      ${this.#body(v, t)}
    </section>`;
  }

  #status(v: AuthorView, t: T) {
    if (v.state === 'unlocking') return t('opening');
    if (v.state === 'working' || v.state === 'refreshing') return t('working');
    if (v.state === 'unlocked' && (v.done === 'correct' || v.done === 'withdraw')) return t(`done.${v.done}`);
    return '';
  }

  #body(v: AuthorView, t: T) {
    switch (v.state) {
      case 'locked':
      case 'unlocking':
        return this.#unlockForm(v, t);
      case 'correcting':
        return this.#correction(v, t);
      case 'confirming':
      case 'working':
        return this.#confirmation(v, t);
      case 'erased':
        return html`<div part="author-erased">
          <h4 id="author-erased" tabindex="-1" data-focus>${t('erasedHeading')}</h4>
          <p>${t('erasedBody')}</p>
          <p>${t(v.hasAnswer ? 'remains.answer' : 'remains.trace')}</p>
        </div>`;
      default:
        return this.#space(v, t);
    }
  }

  #problem(v: AuthorView, t: T) {
    return v.problem ? html`<p id="author-problem" part="author-problem" role="alert">${t(v.problem)}</p>` : nothing;
  }

  #unlockForm(v: AuthorView, t: T) {
    const wrong = v.problem === 'emptySecret' || v.problem === 'wrongSecret';
    const submit = (e: SubmitEvent) => {
      e.preventDefault();
      if (v.busy) return;
      const secret = String(new FormData(e.currentTarget as HTMLFormElement).get('secret') ?? '');
      this.#settle(() => v.unlock(secret));
    };
    return html`<p>${t('intro')}</p>
      <form part="author-form" novalidate @submit=${submit}>
        <label for="secret">${t('secretLabel')}</label>
        <p id="secret-hint" part="hint">${t('secretHint')}</p>
        <input
          id="secret"
          name="secret"
          autocomplete="off"
          autocapitalize="none"
          spellcheck="false"
          aria-invalid=${wrong ? 'true' : 'false'}
          aria-describedby=${wrong ? 'secret-hint author-problem' : 'secret-hint'}
        />
        ${this.#problem(v, t)}
        <button class="primary" type="submit" aria-disabled=${v.busy ? 'true' : 'false'}>${t('open')}</button>
      </form>`;
  }

  #space(v: AuthorView, t: T) {
    const data = v.data;
    if (!data) return nothing;
    return html`${this.#problem(v, t)}
      <h4>${t('downloadHeading')}</h4>
      <p>${t('downloadIntro')}</p>
      <div class="actions" part="author-actions">
        <button type="button" @click=${() => download(`mes-donnees-${data.followUpCode}.json`, 'application/json', v.json())}>
          ${t('downloadJson')}
        </button>
        <button
          type="button"
          @click=${() => download(`mes-donnees-${data.followUpCode}.html`, 'text/html', this.#readable(data, t))}
        >
          ${t('downloadPage')}
        </button>
      </div>
      <h4>${t('changeHeading')}</h4>
      ${v.canCorrect ? nothing : html`<p>${t('cantCorrect')}</p>`}
      <div class="actions" part="author-actions">
        ${v.canCorrect ? html`<button type="button" @click=${() => this.#settle(v.correct)}>${t('correct')}</button>` : nothing}
        ${v.canWithdraw ? html`<button type="button" @click=${() => this.#settle(v.withdraw)}>${t('withdraw')}</button>` : nothing}
        <button type="button" @click=${() => this.#settle(v.erase)}>${t('erase')}</button>
        <button type="button" @click=${() => this.#settle(v.lock)}>${t('lock')}</button>
      </div>`;
  }

  #correction(v: AuthorView, t: T) {
    const submit = (e: SubmitEvent) => {
      e.preventDefault();
      const data = new FormData(e.currentTarget as HTMLFormElement);
      this.#settle(() => v.save(String(data.get('title') ?? ''), String(data.get('body') ?? '')));
    };
    const titleWrong = v.problem === 'emptyTitle' || v.problem === 'tooLong';
    const bodyWrong = v.problem === 'emptyBody' || v.problem === 'tooLong';
    return html`<form part="author-form" novalidate @submit=${submit} aria-labelledby="correct-heading">
      <h4 id="correct-heading" tabindex="-1" data-focus>${t('correct')}</h4>
      <label for="author-title">${t('titleLabel')}</label>
      <input
        id="author-title"
        name="title"
        .value=${v.draft?.title ?? ''}
        aria-invalid=${titleWrong ? 'true' : 'false'}
        aria-describedby=${titleWrong ? 'author-problem' : nothing}
      />
      <label for="author-body">${t('bodyLabel')}</label>
      <textarea
        id="author-body"
        name="body"
        rows="6"
        .value=${v.draft?.body ?? ''}
        aria-invalid=${bodyWrong ? 'true' : 'false'}
        aria-describedby=${bodyWrong ? 'author-problem' : nothing}
      ></textarea>
      ${this.#problem(v, t)}
      <div class="actions" part="author-actions">
        <button type="button" @click=${() => this.#settle(v.cancel)}>${t('cancel')}</button>
        <button class="primary" type="submit">${t('save')}</button>
      </div>
    </form>`;
  }

  #confirmation(v: AuthorView, t: T) {
    const action = v.action ?? 'erase';
    return html`<div part="author-confirm" role="group" aria-labelledby="confirm-heading">
      <h4 id="confirm-heading" tabindex="-1" data-focus>${t('confirmHeading')}</h4>
      <p>${t(`confirm.${action}`)}</p>
      ${action === 'erase' ? html`<p><strong>${t(v.hasAnswer ? 'remains.answer' : 'remains.trace')}</strong></p>` : nothing}
      <div class="actions" part="author-actions">
        <button type="button" @click=${() => this.#settle(v.cancel)}>${t('cancel')}</button>
        <button
          class="primary"
          type="button"
          aria-disabled=${v.busy ? 'true' : 'false'}
          @click=${() => v.busy || this.#settle(v.confirm)}
        >
          ${t(`do.${action}`)}
        </button>
      </div>
    </div>`;
  }

  /**
   * After an intent, the control used may be gone: focus goes to what came instead — the
   * new view's heading, the field to correct, or the panel's heading. When the contribution
   * itself changed, the detail above reloads.
   */
  async #settle(intent: () => void) {
    const actor = this.#author.actor;
    const before = actor.getSnapshot().context.done;
    intent();
    try {
      await waitFor(actor, (s) => !['unlocking', 'working', 'refreshing'].includes(s.value as string));
    } catch {
      return;
    }
    const after = actor.getSnapshot();
    if (after.context.done !== before && after.context.done !== null) this.#changed();
    await this.#host.updateComplete;
    const root = this.#host.renderRoot;
    const problem = after.context.problem;
    const field =
      problem === 'emptySecret' || problem === 'wrongSecret'
        ? '#secret'
        : problem === 'emptyTitle' || problem === 'tooLong'
          ? '#author-title'
          : problem === 'emptyBody'
            ? '#author-body'
            : null;
    const target =
      (field && root.querySelector<HTMLElement>(field)) ??
      root.querySelector<HTMLElement>('[part~="author"] [data-focus]') ??
      root.querySelector<HTMLElement>('#author-heading');
    target?.focus();
  }

  /** A readable page of the same data, to open in a browser and print; every text escaped. */
  #readable(data: AuthorExport, t: T) {
    const locale = localeOf(this.#host);
    const w = translator(contributionWords, locale, this.#host.variant);
    const dates = datesFor(this.#host);
    const c = data.contribution;
    // The person's own words say the language they were written in (RGAA 8.7); the table is
    // named by the heading above it (RGAA 5.4), so the copy is itself the accessible version (13.3).
    const row = (label: string, value: string, lang?: string) =>
      `<tr><th scope="row">${escapeHtml(label)}</th><td${lang ? ` lang="${escapeHtml(lang)}"` : ''}>${escapeHtml(value)}</td></tr>`;
    const written = c.content ? writtenIn(c.content) : undefined;
    const contact = data.contact
      ? [data.contact.email, data.contact.phone].filter(Boolean).join(' · ') || t('pageNoContact')
      : t('pageNoContact');
    const list = (items: string[]) =>
      items.length
        ? `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`
        : `<p>${escapeHtml(t('pageNone'))}</p>`;
    const title = t('pageTitle', { code: data.followUpCode });
    return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:45rem;margin:2rem auto;padding:0 1rem}th{text-align:start;padding-inline-end:1rem;vertical-align:top}</style>
</head><body>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(t('pageIntro', { date: dates.instant(this.#host.now().toISOString()) }))}</p>
<h2 id="contribution">${escapeHtml(t('pageContribution'))}</h2>
<table aria-labelledby="contribution">
${row(t('pageStatus'), w(`status.${c.status}`))}
${row(t('pageTitleField'), c.content?.title ?? '—', written)}
${row(t('pageBody'), c.content?.body ?? '—', written)}
${row(t('pageAuthor'), (c.author as { pseudonym?: string } | null)?.pseudonym ?? '—')}
${row(t('pageContact'), contact)}
</table>
${c.answer ? `<h2>${escapeHtml(t('pageAnswer'))}</h2><p lang="${escapeHtml(writtenIn(c.answer))}">${escapeHtml(c.answer.text)}</p>` : ''}
<h2>${escapeHtml(t('pageHistory'))}</h2>
${list(data.timeline.map((e) => `${dates.instant(e.at)} : ${e.type}`))}
<h2>${escapeHtml(t('pageMessages'))}</h2>
${list(data.notifications.map((n) => `${dates.instant(n.createdAt)} : ${n.kind}${n.sentAt ? ` (${dates.instant(n.sentAt)})` : ''}`))}
</body></html>
`;
  }
}
