import { CONSENT_METHODS, type FormField, type FormStep, STEP_FIELDS, TITLE_MAX } from '@participe/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Params } from '../i18n/i18n.js';
import {
  type Choice,
  checkboxField,
  type FieldScope,
  radioGroup,
  selectField,
  textField,
} from './contribution-form.fields.js';
import type { FormMessageKey } from './contribution-form.messages.js';

export interface StepScope extends FieldScope {
  t(key: FormMessageKey, params?: Params): string;
}

const kindChoices = (s: StepScope): Choice[] =>
  s.api.kinds.map((k) => ({ value: k, label: s.t(`kind.${k}`), hint: s.t(`kind.${k}.hint`) }));

const kindStep = (s: StepScope) => radioGroup({ field: 'kind', legend: s.t('kind.legend') }, kindChoices(s), s);

const contentStep = (s: StepScope) => html`
  ${textField({ field: 'title', label: s.t('title.label'), hint: s.t('title.hint', { max: TITLE_MAX }) }, s)}
  ${textField(
    {
      field: 'body',
      label: s.t(`body.${s.api.values.kind || s.api.kinds[0] || 'observation'}`),
      hint: s.t('body.hint'),
      multiline: true,
    },
    s,
  )}
`;

const placeStep = (s: StepScope) => html`
  ${
    s.api.themes
      ? selectField(
          { field: 'theme', label: s.t('theme.label'), placeholder: s.t('theme.choose') },
          s.api.themes.map((th) => ({ value: th.id, label: th.label })),
          s,
        )
      : html`<p part="status" role="status">${s.t('theme.loading')}</p>`
  }
  ${textField({ field: 'territory', label: s.t('territory.label'), hint: s.t('territory.hint'), optional: true }, s)}
`;

const followUpStep = (s: StepScope) => html`
  ${textField(
    { field: 'pseudonym', label: s.t('pseudonym.label'), hint: s.t('pseudonym.hint'), autocomplete: 'nickname' },
    s,
  )}
  ${radioGroup(
    { field: 'wantsContact', legend: s.t('wantsContact.legend'), hint: s.t('wantsContact.hint') },
    [
      { value: 'true', label: s.t('wantsContact.yes') },
      { value: 'false', label: s.t('wantsContact.no') },
    ],
    s,
  )}
  ${
    s.api.values.wantsContact
      ? html`<fieldset class="field nested" part="field">
        <legend part="label">${s.t('contact.legend')}</legend>
        <p class="hint" part="hint">${s.t('contact.hint')}</p>
        ${textField(
          { field: 'email', label: s.t('email.label'), type: 'email', autocomplete: 'email', optional: true },
          s,
        )}
        ${textField({ field: 'phone', label: s.t('phone.label'), type: 'tel', autocomplete: 'tel', optional: true }, s)}
        ${checkboxField({ field: 'contactConsent', label: s.t('contactConsent.label') }, s)}
      </fieldset>`
      : nothing
  }
`;

const assistedStep = (s: StepScope) => html`
  <p>${s.t('assisted.intro')}</p>
  ${textField({ field: 'onBehalfOf', label: s.t('onBehalfOf.label'), hint: s.t('onBehalfOf.hint') }, s)}
  ${radioGroup(
    { field: 'consentMethod', legend: s.t('consentMethod.legend') },
    CONSENT_METHODS.map((m) => ({ value: m, label: s.t(`consentMethod.${m}`) })),
    s,
  )}
`;

/** How an answer reads back in the review; user text is bound as text, never as markup. */
function answerOf(field: FormField, s: StepScope): string {
  const v = s.api.values;
  switch (field) {
    case 'kind':
      return v.kind ? s.t(`kind.${v.kind}`) : '';
    case 'theme':
      return s.api.themes?.find((th) => th.id === v.theme)?.label ?? v.theme;
    case 'wantsContact':
      return s.t(v.wantsContact ? 'wantsContact.yes' : 'wantsContact.no');
    case 'consentMethod':
      return v.consentMethod ? s.t(`consentMethod.${v.consentMethod}`) : '';
    case 'contactConsent':
      return '';
    default:
      return v[field];
  }
}

const shownInReview = (field: FormField, s: StepScope) =>
  field !== 'contactConsent' && ((field !== 'email' && field !== 'phone') || s.api.values.wantsContact);

const reviewStep = (s: StepScope) => html`
  <p>${s.t('review.intro')}</p>
  ${s.api.steps
    .filter((step) => step !== 'review')
    .map(
      (step) => html`<section class="review-section" aria-labelledby=${`r-${step}`}>
        <h3 id=${`r-${step}`}>${s.t(`step.${step}`)}</h3>
        <dl>
          ${STEP_FIELDS[step]
            .filter((f) => shownInReview(f, s))
            .map(
              (f) => html`<dt>${s.t(`review.${f as Exclude<FormField, 'contactConsent'>}`)}</dt>
                <dd>${answerOf(f, s) || s.t('review.empty')}</dd>`,
            )}
        </dl>
        <button type="button" part="button" @click=${() => s.api.edit(step)}>
          ${s.t('edit')}<span class="visually-hidden"> (${s.t(`step.${step}`)})</span>
        </button>
      </section>`,
    )}
  <p>${s.t('review.public')}</p>
`;

const STEP_TEMPLATES: Record<FormStep, (s: StepScope) => TemplateResult> = {
  kind: kindStep,
  content: contentStep,
  place: placeStep,
  followUp: followUpStep,
  assisted: assistedStep,
  review: reviewStep,
};

export const renderStep = (step: FormStep, s: StepScope) => STEP_TEMPLATES[step](s);
