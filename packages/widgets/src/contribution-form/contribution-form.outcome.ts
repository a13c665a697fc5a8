import type { ContributionFormApi, DeliveryResult } from '@participe/core';
import { html, nothing } from 'lit';
import type { Params } from '../i18n/i18n.js';
import type { FormMessageKey } from './contribution-form.messages.js';

export interface OutcomeScope {
  api: ContributionFormApi;
  t(key: FormMessageKey, params?: Params): string;
  retryText: string;
  /** Who commits to answering, e.g. "Le Département"; empty: "we". */
  institution: string;
  /** `follow-up-url`: `{code}` is replaced by the follow-up code; empty: no link. */
  followUpUrl: string;
  /** Outside every landmark of the host page: each end screen is a region named by its heading. */
  region: boolean;
}

// Each outcome starts with a heading that takes focus (tabindex -1) when the person was
// inside the form, so a screen reader says what happened without hunting for it.
const heading = (text: string) => html`<h2 id="outcome-heading" tabindex="-1" data-focus>${text}</h2>`;
const named = (s: OutcomeScope) => (s.region ? 'outcome-heading' : nothing);

export const sendingView = (s: OutcomeScope) =>
  html`<p class="confirmation" part="confirmation" role="status" tabindex="-1" data-focus>${s.t('sending')}</p>`;

export const queuedView = (
  s: OutcomeScope,
) => html`<section class="confirmation" part="confirmation" aria-labelledby=${named(s)}>
  ${heading(s.t('queued.title'))}
  <p>${s.t('queued.body')}</p>
  <p role="status">${s.api.stillOffline ? s.t('queued.still') : nothing}</p>
  <div class="actions" part="actions">
    <button type="button" part="button" @click=${s.api.tryNow}>${s.t('queued.try')}</button>
  </div>
</section>`;

export const failedView = (
  s: OutcomeScope,
) => html`<section class="confirmation" part="confirmation" aria-labelledby=${named(s)}>
  ${heading(s.t('failed.title'))}
  <div role="alert">
    <p>${s.t('failed.body')}</p>
    ${s.api.refusal ? html`<p>${s.api.refusal}</p>` : nothing}
  </div>
  <div class="actions" part="actions">
    <button type="button" part="button" @click=${s.api.back}>${s.t('failed.review')}</button>
    <button type="button" class="primary" part="button button-primary" @click=${s.api.retry}>${s.retryText}</button>
  </div>
</section>`;

export const sentView = (s: OutcomeScope, r: DeliveryResult) => {
  const href = s.followUpUrl.replaceAll('{code}', encodeURIComponent(r.followUpCode));
  const commitment = s.institution
    ? s.t('sent.commitment', { who: s.institution, n: r.answerWithinDays })
    : s.t('sent.commitmentWe', { n: r.answerWithinDays });
  return html`<section class="confirmation" part="confirmation" aria-labelledby=${named(s)}>
    ${heading(s.t('sent.title'))}
    <p>${s.t('sent.code')} <strong class="code" part="code">${r.followUpCode}</strong></p>
    <p class="warning">${s.t('sent.noteCode')}</p>
    ${href ? html`<p><a class="link" part="link" href=${href}>${s.t('sent.follow')}</a></p>` : nothing}
    <p>${s.t('sent.secret')} <span class="secret" part="secret">${r.secret}</span></p>
    <p class="hint">${s.t('sent.secretHint')}</p>
    <h3>${s.t('sent.nextTitle')}</h3>
    <p>${commitment}</p>
    <p>${s.t('sent.public')}</p>
    <div class="actions" part="actions">
      <button type="button" part="button" @click=${s.api.another}>${s.t('sent.another')}</button>
    </div>
  </section>`;
};
