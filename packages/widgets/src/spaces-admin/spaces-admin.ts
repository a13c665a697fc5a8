import {
  type AdminSpace,
  connectSpacesAdmin,
  loadSpacesAdmin,
  type SpaceField,
  type SpaceFields,
  type SpacesAdminSaveRequest,
  type SpacesAdminView,
  saveSpacesAdmin,
  spacesAdminMachine,
} from '@participe/core';
import { html, nothing } from 'lit';
import { fromPromise } from 'xstate';
import { ActorController } from '../controllers/actor-controller.js';
import { common } from '../i18n/common.messages.js';
import { localeOf, translator, type Variant } from '../i18n/i18n.js';
import { AdministrationElement, adminLoadError, resolveAdministration } from '../internal/administration.js';
import { failureMessage } from '../internal/failure.js';
import { type LoadStatus, loadStatusOf } from '../internal/token-retry.js';
import { adminFormStyles } from '../styles/admin-form.js';
import { frameStyles } from '../styles/frame.js';
import { tokens } from '../styles/tokens.js';
import { spacesAdminMessages } from './spaces-admin.messages.js';
import { spacesAdminStyles } from './spaces-admin.styles.js';

const wordsFor = (el: Element, variant: Variant) => ({
  t: translator(spacesAdminMessages, localeOf(el), variant),
  c: translator(common, localeOf(el), variant),
});
type Words = ReturnType<typeof wordsFor>;

/** Properties whose change means another back end: a fresh actor, loaded again. */
/** The text fields of the form, in order; `premoderation` is a checkbox after them. */
const TEXT_FIELDS = [
  'name',
  'slug',
  'policyArea',
  'territory',
  'answerWithinDays',
] as const satisfies readonly SpaceField[];

/**
 * @summary The council's groups for its administrators: the list (archived ones included), a
 * form to create one, and each group's settings — name, short name, kind, territory, answer
 * delay, pre-moderation — saved from the version read; archive or bring back.
 *
 * @attr endpoint - Base URL of the Participe REST API, e.g. `https://participe.example.fr/api`.
 * @attr variant - `standard` or `falc` (the administration's wording is the same in both).
 *
 * @csspart base - The whole widget.
 * @csspart heading - The widget's title.
 * @csspart status - The live line saying what is happening or what was saved.
 * @csspart error - The list could not be loaded: why, and a retry button.
 * @csspart list - The list of groups.
 * @csspart form - The form of a new group or of the open group's settings.
 * @csspart failure - A save was refused: why, and what to do.
 * @csspart embed - After a creation, the markup that embeds the group's form.
 *
 * @cssprop --participe-color-primary - Buttons and links.
 * @cssprop --participe-color-danger - Error messages.
 * @cssprop --participe-color-text - Text.
 * @cssprop --participe-color-focus - Focus ring.
 * @cssprop --participe-radius - Corner radius.
 * @cssprop --participe-space - Base spacing.
 * @cssprop --participe-font-size - Base font size.
 */
export class ParticipeSpacesAdmin extends AdministrationElement {
  static override styles = [tokens, frameStyles, adminFormStyles, spacesAdminStyles];

  readonly #actor = new ActorController(
    this,
    () =>
      spacesAdminMachine.provide({
        actors: {
          load: fromPromise<AdminSpace[], void>(async () => loadSpacesAdmin(await resolveAdministration(this))),
          save: fromPromise<AdminSpace, SpacesAdminSaveRequest>(async ({ input }) =>
            saveSpacesAdmin(await resolveAdministration(this), input),
          ),
        },
      }),
    () => ({}),
  );

  /** The form last shown, to move focus into it when it opens. */
  #shownForm: string | null = null;

  #api() {
    return connectSpacesAdmin(this.#actor.snapshot, (event) => this.#actor.send(event));
  }

  protected override load(): void {
    this.#api().load();
  }

  protected override restartActor(): void {
    this.#actor.restart();
  }

  protected override loadStatus(): LoadStatus {
    return loadStatusOf(this.#actor.snapshot);
  }

  protected override retryLoad(): void {
    this.#api().retry();
  }

  protected override updated(): void {
    const form = this.#api().form;
    const key = form === null ? null : form === 'new' ? 'new' : form.id;
    if (key !== null && key !== this.#shownForm)
      this.renderRoot.querySelector<HTMLInputElement>('#space-name')?.focus();
    this.#shownForm = key;
  }

  override render() {
    const api = this.#api();
    const w = wordsFor(this, this.variant);
    return html`<section part="base" aria-labelledby="heading" aria-busy=${api.busy ? 'true' : 'false'}>
      <h2 id="heading" part="heading">${w.t('heading')}</h2>
      <p part="status" role="status">${this.#status(api, w)}</p>
      ${api.state === 'error' ? this.#error(api, w) : nothing}
      ${api.state === 'ready' || api.state === 'saving' ? this.#content(api, w) : nothing}
    </section>`;
  }

  #status(api: SpacesAdminView, { t }: Words) {
    if (api.state === 'loading' || api.state === 'idle') return t('loading');
    if (api.state === 'saving') return t('saving');
    if (api.saved) {
      const key = api.saved.kind === 'archive' && !api.saved.archived ? 'restore' : api.saved.kind;
      return t(`saved.${key}`, { name: api.saved.name });
    }
    if (api.state === 'ready') return api.spaces.length ? t('count', { n: api.spaces.length }) : t('none');
    return '';
  }

  #error(api: SpacesAdminView, { t, c }: Words) {
    return adminLoadError(api.failure, api.retry, { denied: t('denied'), failed: t('failed'), retry: c('retry') });
  }

  #content(api: SpacesAdminView, w: Words) {
    const created = api.saved?.kind === 'create' ? api.spaces.find((s) => s.name === api.saved?.name) : undefined;
    return html`${created ? this.#embed(created, w) : nothing}
      ${
        api.form === null
          ? html`<p><button type="button" class="primary" @click=${api.create} ?disabled=${api.saving}>
            ${w.t('create')}
          </button></p>`
          : this.#form(api, w)
      }
      <ul part="list">
        ${api.spaces.map((s) => this.#item(s, api, w))}
      </ul>`;
  }

  #embed(space: AdminSpace, { t }: Words) {
    const markup = `<participe-contribution-form endpoint="${this.endpoint || '/api'}" space="${space.slug}"></participe-contribution-form>`;
    return html`<div part="embed">
      <p>${t('embed')}</p>
      <pre><code>${markup}</code></pre>
    </div>`;
  }

  #item(space: AdminSpace, api: SpacesAdminView, { t }: Words) {
    const facts = [
      space.policyArea,
      space.territory,
      t('answerDays', { n: space.answerWithinDays }),
      ...(space.premoderation ? [t('premoderation')] : []),
    ].join(' · ');
    return html`<li class=${space.archivedOn ? 'archived' : ''}>
      <div>
        <strong>${space.name}</strong> <code>${space.slug}</code>
        ${space.archivedOn ? html`<span class="badge">${t('archived')}</span>` : nothing}
        <p class="facts">${facts}</p>
      </div>
      <button
        type="button"
        aria-label=${t('editLabel', { name: space.name })}
        ?disabled=${api.saving}
        @click=${() => api.select(space.id)}
      >
        ${t('edit')}
      </button>
    </li>`;
  }

  #form(api: SpacesAdminView, w: Words) {
    const { t } = w;
    const open = api.form === 'new' ? null : api.form;
    const value = (f: (typeof TEXT_FIELDS)[number]) => (open ? String(open[f] ?? '') : '');
    const refusal = api.refusal;
    const fieldErrors = TEXT_FIELDS.filter((f) => api.fieldError(f)).length + (api.fieldError('premoderation') ? 1 : 0);
    return html`<form part="form" aria-labelledby="form-heading" novalidate @submit=${(e: SubmitEvent) => this.#submit(e, api)}>
      <h3 id="form-heading">${open ? t('formEdit', { name: open.name }) : t('formNew')}</h3>
      ${refusal ? this.#refusal(api, w, fieldErrors) : nothing}
      ${TEXT_FIELDS.map((f) => {
        const error = api.fieldError(f);
        const described = [`space-${f}-hint`, error ? `space-${f}-error` : ''].filter(Boolean).join(' ');
        return html`<div class="field">
          <label for=${`space-${f}`}>${t(`field.${f}`)}</label>
          <p class="hint" id=${`space-${f}-hint`}>${t(`field.${f}.hint`)}</p>
          <input
            id=${`space-${f}`}
            name=${f}
            type=${f === 'answerWithinDays' ? 'number' : 'text'}
            inputmode=${f === 'answerWithinDays' ? 'numeric' : nothing}
            .value=${value(f)}
            ?required=${f !== 'answerWithinDays'}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${described}
          />
          ${error ? html`<p class="error" id=${`space-${f}-error`}>${error}</p>` : nothing}
        </div>`;
      })}
      <div class="field check">
        <input id="space-premoderation" name="premoderation" type="checkbox" .checked=${open?.premoderation ?? false} />
        <label for="space-premoderation">${t('field.premoderation')}</label>
      </div>
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${api.saving}>${open ? t('save') : t('saveNew')}</button>
        <button type="button" @click=${api.cancel} ?disabled=${api.saving}>${t('cancel')}</button>
        ${
          open
            ? html`<button type="button" ?disabled=${api.saving} @click=${() => api.archive(!open.archivedOn)}>
              ${open.archivedOn ? t('restore') : t('archive')}
            </button>`
            : nothing
        }
      </div>
          </form>`;
  }

  #refusal(api: SpacesAdminView, { t }: Words, fieldErrors: number) {
    const kind = api.refusal?.kind;
    if (kind === 'conflict') {
      return html`<div part="failure" role="alert">
        <p>${t('conflict')}</p>
        <button type="button" @click=${api.load}>${t('reload')}</button>
      </div>`;
    }
    const text = failureMessage(api.refusal, {
      rejected: (f) =>
        fieldErrors > 0
          ? t('rejected')
          : [f.message, ...api.otherIssues.map((i) => i.message)].filter(Boolean).join(' '),
      denied: t('denied'),
      offline: t('offline'),
      failed: t('failure'),
    });
    return html`<div part="failure" role="alert"><p>${text}</p></div>`;
  }

  /** Reads the form as the fields the back end takes; the server checks every one. */
  #submit(event: SubmitEvent, api: SpacesAdminView) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const days = text('answerWithinDays');
    const fields: SpaceFields = {
      name: text('name'),
      slug: text('slug'),
      policyArea: text('policyArea'),
      territory: text('territory'),
      premoderation: data.get('premoderation') === 'on',
      ...(days ? { answerWithinDays: Number(days) } : {}),
    };
    api.save(fields);
  }
}
