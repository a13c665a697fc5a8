// How the group got where it stands: its moves, newest first (by role, never by person,
// when, from → to, and why when it went back), and the round's evaluation, viewpoint by
// viewpoint. Everything the group wrote is rendered as text.
import { type CycleGuideView, EVALUATION_VIEWPOINTS, type WheelPhase } from '@participe/core';
import { html, nothing } from 'lit';
import type { cycleMessages } from './cycle.messages.js';

type Key = keyof typeof cycleMessages.fr;

export interface JourneyScope {
  t: (key: Key, params?: Record<string, string | number>) => string;
  label: (p: WheelPhase) => string;
  dates: { instant: (iso: string) => string };
}

const KIND: Record<'forward' | 'back' | 'newRound', Key> = {
  forward: 'moveForward',
  back: 'moveBack',
  newRound: 'moveNewRound',
};
const BY: Partial<Record<string, Key>> = { facilitator: 'byFacilitator', professional: 'byProfessional' };
const VIEWPOINT: Record<(typeof EVALUATION_VIEWPOINTS)[number], Key> = {
  residents: 'viewResidents',
  professionals: 'viewProfessionals',
  elected: 'viewElected',
  partners: 'viewPartners',
};

export function renderJourney(v: CycleGuideView, s: JourneyScope) {
  if (!v.cycle) return nothing;
  const { t } = s;
  const phase = (n: number) => v.phases[n - 1];
  const evaluation = v.evaluation;
  return html`<section part="journey" aria-labelledby="journey-heading">
    <h3 id="journey-heading">${t('journey')}</h3>
    ${
      v.moves.length
        ? html`<ol class="moves">
            ${v.moves.map((m) => {
              const to = phase(m.toNumber);
              const text = t(KIND[m.direction], {
                date: s.dates.instant(m.at),
                from: m.fromNumber,
                to: m.toNumber,
                label: to ? s.label(to) : m.to,
                role: t(BY[m.role] ?? 'byGroup'),
              });
              return html`<li part="move">
                <p>${text}</p>
                ${m.reason ? html`<p>${t('moveReason')}</p><blockquote>${m.reason}</blockquote>` : nothing}
              </li>`;
            })}
          </ol>`
        : html`<p>${t('noMoves')}</p>`
    }
    ${
      evaluation
        ? html`<section part="evaluation" aria-labelledby="evaluation-heading">
            <h4 id="evaluation-heading">${t('evaluation', { date: s.dates.instant(evaluation.at) })}</h4>
            <p>${t('viewpoints', { list: evaluation.viewpoints.map((p) => t(VIEWPOINT[p])).join(', ') })}</p>
            ${
              evaluation.views && Object.keys(evaluation.views).length
                ? html`<dl>
                    ${EVALUATION_VIEWPOINTS.filter((p) => evaluation.views?.[p]).map(
                      (p) => html`<dt>${t(VIEWPOINT[p])}</dt>
                        <dd>${evaluation.views?.[p]}</dd>`,
                    )}
                  </dl>`
                : nothing
            }
            ${evaluation.summary ? html`<p>${t('summary')}</p><blockquote>${evaluation.summary}</blockquote>` : nothing}
          </section>`
        : nothing
    }
  </section>`;
}
