// The group view: each role's scores, drawn and in a table, and where people concerned and
// professionals see things differently, said in sentences.
import { type GroupView, type MemberRole, NOTABLE_GAP, type PreparedDiagnostic } from '@participe/core';
import { html, nothing } from 'lit';
import type { QuestionScope } from './diagnostic.questions.js';
import { legend, type RadarSeries, radar } from './diagnostic.radar.js';
import { type ContentScope, dimensionName, phaseWords, readyContent } from './diagnostic.results.js';

export interface GroupScope extends Pick<QuestionScope, 't' | 'words' | 'num'>, ContentScope {
  prepared: PreparedDiagnostic;
}

export function renderGroup(g: GroupView, s: GroupScope) {
  const q = s.prepared.questionnaire;
  const dims = q.dimensions;
  const roles: MemberRole[] = g.roles.map((r) => r.role);
  const summary = (id: string, role: MemberRole | 'overall') => {
    const d = g.dimensions.find((x) => x.id === id);
    return role === 'overall' ? d?.overall : d?.byRole[role];
  };
  const series: RadarSeries[] = [
    { id: 'overall', label: s.t('overall'), scores: dims.map((d) => summary(d.id, 'overall')?.score ?? null) },
    ...roles.map((role) => ({
      id: role,
      label: s.t(`role.${role}`),
      scores: dims.map((d) => summary(d.id, role)?.score ?? null),
    })),
  ];
  const cell = (id: string, role: MemberRole | 'overall') => {
    const x = summary(id, role);
    if (!x || x.score === null) return '—';
    const level = q.levels.find((l) => l.id === x.level);
    return level ? s.t('cell', { score: s.num(x.score), level: s.words(level.label) }) : s.num(x.score);
  };
  const nameOf = (id: string) => {
    const d = dims.find((x) => x.id === id);
    return d ? s.words(d.label) : id;
  };
  const phase = g.mostCommonPhase;
  const content = readyContent(s.content);
  const ruleTitle = (id: string) => {
    const rule = q.recommendations.find((r) => r.id === id);
    return rule ? s.words(rule.title) : id;
  };
  return html`<section part="group" aria-labelledby="group-title">
    <h3 id="group-title" part="step-title">${s.t('group')}</h3>
    <p>
      ${s.t('respondents', {
        n: g.respondents,
        list: g.roles.map((r) => s.t(`roleCount.${r.role}`, { n: r.count })).join(', '),
      })}
    </p>
    <figure part="figure">
      ${radar(series, dims.length, 'group-radar-caption')}
      <figcaption id="group-radar-caption">${s.t('groupRadarCaption', { n: dims.length })}</figcaption>
      ${legend(series)}
    </figure>
    <div class="table-scroll" part="table-scroll" role="region" tabindex="0" aria-labelledby="group-table-caption">
    <table part="table">
      <caption id="group-table-caption">${s.t('groupTableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">${s.t('dimension')}</th>
          <th scope="col">${s.t('overall')}</th>
          ${roles.map((r) => html`<th scope="col">${s.t(`role.${r}`)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${dims.map(
          (d) => html`<tr>
            <th scope="row">${dimensionName(q, d.id, s)}</th>
            <td>${cell(d.id, 'overall')}</td>
            ${roles.map((r) => html`<td>${cell(d.id, r)}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
    </div>
    <h4>${s.t('differences')}</h4>
    ${
      !g.comparable
        ? html`<p>${s.t('notComparable')}</p>`
        : g.divergences.length
          ? html`<ul part="differences" class="list">
              ${g.divergences.map(
                (d) =>
                  html`<li>
                    ${s.t(d.gap < 0 ? 'lower' : 'higher', {
                      dimension: nameOf(d.dimension),
                      concerned: s.num(d.concerned),
                      professional: s.num(d.professional),
                      gap: s.num(Math.abs(d.gap)),
                    })}
                  </li>`,
              )}
            </ul>`
          : html`<p>${s.t('close', { gap: NOTABLE_GAP })}</p>`
    }
    ${
      phase && content
        ? html`<p>
            ${s.t('commonPhase', { ...phaseWords(content, phase.phase, s), count: phase.count, total: g.respondents })}
          </p>`
        : phase
          ? s.contentNote
          : nothing
    }
    ${
      g.recommendations.length
        ? html`<h4>${s.t('groupRecommendations')}</h4>
            <ol part="recommendations" class="list">
              ${g.recommendations.map((r) => html`<li>${s.t('recCount', { title: ruleTitle(r.id), n: r.count })}</li>`)}
            </ol>`
        : nothing
    }
    ${g.rejected ? html`<p>${s.t('rejected', { n: g.rejected })}</p>` : nothing}
  </section>`;
}
