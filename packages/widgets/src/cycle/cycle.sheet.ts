// The open phase's sheet (the wheel's tab panel) and "Par où commencer ?".
import type { CycleGuideView, PhaseId, PlainText, Resource, WheelPhase } from '@participe/core';
import { html, nothing } from 'lit';
import { type ResourceListOptions, resourceList } from '../internal/resource-list.js';
import type { cycleMessages } from './cycle.messages.js';

export interface SheetScope {
  t: (key: keyof typeof cycleMessages.fr, params?: Record<string, string | number>) => string;
  /** A content text in the wording asked for, rendered as text. */
  text: (text: PlainText) => unknown;
  /** A phase's label on one line. */
  label: (p: WheelPhase) => string;
  resources: ResourceListOptions;
  /** Opens a phase from the guide (focus goes to its sheet). */
  onSelect: (phase: PhaseId) => void;
  onClose: () => void;
  onToggle: (entryId: string) => void;
  /** Loads the resources again after they failed. */
  onRetryResources: () => void;
  /** The words of the shared pieces (retry). */
  retry: string;
}

/** The resources a sheet or an answer lists: they load with the first one opened. */
function resourcesOf(v: CycleGuideView, s: SheetScope, resources: readonly Resource[], empty: unknown) {
  if (v.resources === 'failed') {
    return html`<div part="resources-status" role="alert">
      <p>${s.t('resourcesFailed')}</p>
      <button type="button" @click=${s.onRetryResources}>${s.retry}</button>
    </div>`;
  }
  if (v.resources !== 'ready') return html`<p part="resources-status" role="status">${s.t('resourcesLoading')}</p>`;
  return resources.length ? resourceList(resources, s.resources) : empty;
}

type ListKey = 'stakes' | 'objectives' | 'vigilance' | 'methods' | 'tools';

export function renderSheet(v: CycleGuideView, s: SheetScope) {
  const { t } = s;
  const sheet = v.sheet;
  if (!sheet) return html`<p part="choose">${t('choose')}</p>`;
  const list = (key: ListKey, items: PlainText[]) =>
    items.length
      ? html`<section part="sheet-section" aria-labelledby=${`sheet-${key}`}>
          <h4 id=${`sheet-${key}`}>${t(key)}</h4>
          <ul class="list">
            ${items.map((i) => html`<li>${s.text(i)}</li>`)}
          </ul>
        </section>`
      : nothing;
  const p = sheet.phase;
  return html`<section
    id="sheet"
    part="sheet"
    role="tabpanel"
    aria-labelledby="sheet-title"
    tabindex="-1"
    @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && s.onClose()}
  >
    <header>
      <h3 id="sheet-title" part="sheet-title">${t('sheetTitle', { n: sheet.number, label: s.label(sheet) })}</h3>
      <button type="button" @click=${s.onClose}>${t('closeSheet')}</button>
    </header>
    ${sheet.current ? html`<p><strong>★ ${t('sheetCurrent')}</strong></p>` : nothing}
    <p>${s.text(p.summary)}</p>
    <section part="sheet-section" aria-labelledby="sheet-question">
      <h4 id="sheet-question">${t('question')}</h4>
      <p>${s.text(p.question)}</p>
    </section>
    ${list('stakes', p.stakes)} ${list('objectives', p.objectives)} ${list('vigilance', p.vigilance)}
    ${list('methods', p.methods)} ${list('tools', p.tools)}
    <section part="sheet-section" aria-labelledby="sheet-resources">
      <h4 id="sheet-resources">${t('resources')}</h4>
      ${resourcesOf(v, s, sheet.resources, html`<p>${t('noResources')}</p>`)}
    </section>
  </section>`;
}

/** Each question is a disclosure button; its answer leads to a phase and to resources. */
export function renderGuide(v: CycleGuideView, s: SheetScope) {
  const { t } = s;
  return html`<section part="guide" aria-labelledby="guide-heading">
    <h3 id="guide-heading">${t('guide')}</h3>
    <p>${t('guideIntro')}</p>
    <ul part="guide-entries">
      ${v.guide.map(({ entry, open, phase, resources }) => {
        const answerId = `answer-${entry.id}`;
        return html`<li>
          <h4>
            <button
              part="guide-question"
              type="button"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${open ? answerId : nothing}
              @click=${() => s.onToggle(entry.id)}
            >${s.text(entry.question)}</button>
          </h4>
          ${
            open
              ? html`<div part="guide-answer" id=${answerId}>
                  <p>${s.text(entry.answer)}</p>
                  ${
                    phase
                      ? html`<p>
                          <button part="guide-phase" type="button" @click=${() => s.onSelect(phase.id)}>
                            ${t('goToPhase', { n: phase.number, label: s.label(phase) })}
                          </button>
                        </p>`
                      : nothing
                  }
                  ${
                    resources.length || v.resources !== 'ready'
                      ? html`<p class="title">${t('guideResources')}</p>${resourcesOf(v, s, resources, nothing)}`
                      : nothing
                  }
                </div>`
              : nothing
          }
        </li>`;
      })}
    </ul>
  </section>`;
}
