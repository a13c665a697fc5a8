// A person's results: the radar and its table, levels in words, the phase estimate, the
// recommendations with the resources they name, and sharing with the group.
import {
  type DiagnosticResult,
  PHASE_IDS,
  type PhaseId,
  type PreparedDiagnostic,
  type Questionnaire,
  resourcesById,
  type ShareState,
} from '@participe/core';
import { html, nothing, type TemplateResult } from 'lit';
import { type ResourceListOptions, resourceList } from '../internal/resource-list.js';
import type { ResultsContent, ResultsContentState } from './diagnostic.content.js';
import type { QuestionScope } from './diagnostic.questions.js';
import { radar } from './diagnostic.radar.js';

/** The council's phases and resources as the results and group view read them: loading, ready or failed. */
export interface ContentScope {
  content: ResultsContentState;
  /** What the widget says while they load or after they failed (with its retry button). */
  contentNote: TemplateResult | typeof nothing;
}

export interface ResultsScope extends QuestionScope, ContentScope {
  prepared: PreparedDiagnostic;
  resources: ResourceListOptions;
  share: ShareState | null;
  /** Why sharing failed: `membersOnly` when the person is not a signed-in member. */
  shareProblem: 'membersOnly' | 'shareFailed' | null;
  onShare: () => void;
  onRestart: () => void;
}

/** The council's content once loaded, else `null`: what needs it waits, the rest shows. */
export const readyContent = (c: ResultsContentState): ResultsContent | null => (c.state === 'ready' ? c.content : null);

/** "phase 3: Co-construire…", with the phase's number in the cycle and the council's label for it. */
export function phaseWords(content: ResultsContent, id: PhaseId, s: Pick<QuestionScope, 'words'>) {
  const i = content.phases.findIndex((p) => p.id === id);
  const phase = content.phases[i];
  // A council that left a phase out still has it in the cycle: its number, and its id.
  return phase ? { n: i + 1, phase: s.words(phase.label) } : { n: PHASE_IDS.indexOf(id) + 1, phase: id };
}

/** The table's label for a dimension: its number on the radar, then its name. */
export const dimensionName = (q: Questionnaire, id: string, s: Pick<QuestionScope, 'words'>) => {
  const i = q.dimensions.findIndex((d) => d.id === id);
  const d = q.dimensions[i];
  return `${i + 1}. ${d ? s.words(d.label) : id}`;
};

/** A level in words: its label, and what it means when the questionnaire says so. */
export function levelWords(q: Questionnaire, id: string | null, s: Pick<QuestionScope, 'words'>) {
  const level = q.levels.find((l) => l.id === id);
  if (!level) return null;
  return level.description ? `${s.words(level.label)}\u00a0: ${s.words(level.description)}` : s.words(level.label);
}

function shareBlock(s: ResultsScope) {
  if (s.share === null) return nothing;
  const status =
    s.share === 'sharing'
      ? s.t('sharing')
      : s.share === 'shared'
        ? s.t('shared')
        : s.shareProblem
          ? s.t(s.shareProblem)
          : '';
  return html`<div part="share">
    ${
      s.share === 'private' || s.share === 'shareFailed'
        ? html`<p>${s.t('shareHint')}</p>
            <p><button class="primary" type="button" @click=${s.onShare}>${s.t('share')}</button></p>`
        : nothing
    }
    <p part="share-status" role="status">${status}</p>
  </div>`;
}

export function renderResults(result: DiagnosticResult, s: ResultsScope) {
  const q = s.prepared.questionnaire;
  const dims = q.dimensions;
  const scoreOf = (id: string) => result.dimensions.find((d) => d.id === id);
  const phase = result.phase;
  const content = readyContent(s.content);
  const list = (items: Parameters<QuestionScope['text']>[0][]) =>
    html`<ul class="list">
      ${items.map((i) => html`<li>${s.text(i)}</li>`)}
    </ul>`;
  return html`<section part="results" aria-labelledby="results-title">
    <h3 id="results-title" part="step-title" tabindex="-1">${s.t('results')}</h3>
    ${s.contentNote}
    ${
      phase && content
        ? html`<p part="phase-estimate"><strong>${s.t('phaseEstimate', phaseWords(content, phase.current, s))}</strong></p>
            ${
              phase.completed.length
                ? html`<p>${s.t('phasesDone', { list: phase.completed.map((p) => phaseWords(content, p, s).phase).join(', ') })}</p>`
                : nothing
            }`
        : nothing
    }
    <figure part="figure">
      ${radar([{ id: 'me', label: s.t('results'), scores: dims.map((d) => scoreOf(d.id)?.score ?? null) }], dims.length, 'radar-caption')}
      <figcaption id="radar-caption">${s.t('radarCaption', { n: dims.length })}</figcaption>
    </figure>
    <div class="table-scroll" part="table-scroll" role="region" tabindex="0" aria-labelledby="table-caption">
    <table part="table">
      <caption id="table-caption">${s.t('tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">${s.t('dimension')}</th>
          <th scope="col">${s.t('score')}</th>
          <th scope="col">${s.t('level')}</th>
        </tr>
      </thead>
      <tbody>
        ${dims.map((d) => {
          const r = scoreOf(d.id);
          return html`<tr>
            <th scope="row">${dimensionName(q, d.id, s)}</th>
            <td>${r?.score == null ? s.t('notScored') : s.num(r.score)}</td>
            <td>${levelWords(q, r?.level ?? null, s) ?? '—'}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    </div>
    <h4>${s.t('recommendations')}</h4>
    ${
      result.recommendations.length
        ? html`<ol part="recommendations">
            ${result.recommendations.map(({ rule }) => {
              const resources = content ? resourcesById(content, rule.resourceIds) : [];
              return html`<li part="recommendation">
                <p class="title">${s.text(rule.title)}</p>
                ${content ? html`<p>${s.t('recPhase', { phase: phaseWords(content, rule.phase, s).phase })}</p>` : nothing}
                ${rule.why ? html`<p>${s.text(rule.why)}</p>` : nothing}
                ${rule.vigilance.length ? html`<p class="title">${s.t('vigilance')}</p>${list(rule.vigilance)}` : nothing}
                ${rule.methods.length ? html`<p class="title">${s.t('methods')}</p>${list(rule.methods)}` : nothing}
                ${resources.length ? html`<p class="title">${s.t('resources')}</p>${resourceList(resources, s.resources)}` : nothing}
              </li>`;
            })}
          </ol>`
        : html`<p>${s.t('noRecommendation')}</p>`
    }
    ${shareBlock(s)}
    <div part="actions">
      <button type="button" @click=${() => s.send({ type: 'diagnostic.back' })}>${s.t('reviewAgain')}</button>
      <button type="button" @click=${s.onRestart}>${s.t('restart')}</button>
    </div>
  </section>`;
}
