import { type AggregateResult, MEMBER_ROLES, type MemberRole, type PhaseId, type Questionnaire } from '@participe/core';
import type { RowProblem } from './responses.js';

// A plain-text report for a terminal or an e-mail. Words come from the questionnaire
// (dimensions, levels, recommendations) in its language, headings from this table.

const HEADINGS = {
  fr: {
    read: (rows: number, counted: number, skipped: number) =>
      `${rows} lignes lues : ${counted} réponses comptées, ${skipped} ligne(s) écartée(s).`,
    line: 'Ligne',
    respondents: 'Répondants',
    scores: 'Scores par dimension, de 0 à 100 (niveau de l’ensemble)',
    overall: 'Ensemble',
    gap: 'Écart',
    disagree: 'Là où personnes concernées et professionnels voient le plus différemment',
    concerned: 'personnes concernées',
    professional: 'professionnels',
    phase: 'Étape du cycle où se situent le plus de répondants',
    recommendations: 'Recommandations les plus partagées',
    respondentsFor: 'répondants',
    toWorkOn: 'étape',
    vigilance: 'Vigilance',
    resources: 'Ressources',
    nobody: 'personne',
  },
  en: {
    read: (rows: number, counted: number, skipped: number) =>
      `${rows} rows read: ${counted} responses counted, ${skipped} row(s) skipped.`,
    line: 'Line',
    respondents: 'Respondents',
    scores: 'Scores by dimension, 0 to 100 (overall level)',
    overall: 'Overall',
    gap: 'Gap',
    disagree: 'Where people concerned and professionals see things most differently',
    concerned: 'people concerned',
    professional: 'professionals',
    phase: 'Phase of the cycle where most respondents stand',
    recommendations: 'Most shared recommendations',
    respondentsFor: 'respondents',
    toWorkOn: 'phase',
    vigilance: 'Watch out',
    resources: 'Resources',
    nobody: 'nobody',
  },
} as const;

const ROLES: Record<'fr' | 'en', Record<MemberRole, string>> = {
  fr: {
    concerned: 'Concernés',
    professional: 'Pros',
    elected: 'Élus',
    partner: 'Partenaires',
    facilitator: 'Animateurs',
  },
  en: {
    concerned: 'Concerned',
    professional: 'Pros',
    elected: 'Elected',
    partner: 'Partners',
    facilitator: 'Facilitators',
  },
};

const PHASES: Record<'fr' | 'en', Record<PhaseId, string>> = {
  fr: {
    mobilise: 'Aller vers et constituer le groupe',
    diagnose: 'Diagnostic partagé',
    coConstruct: 'Co-construire des propositions',
    decide: 'Réponse et engagement de l’institution',
    act: 'Mise en œuvre, faire savoir ce qui a été fait',
    evaluate: 'Évaluer ensemble',
    share: 'Valoriser, essaimer, renouveler',
  },
  en: {
    mobilise: 'Reach out and form the group',
    diagnose: 'Shared diagnosis',
    coConstruct: 'Build proposals together',
    decide: 'The institution answers and commits',
    act: 'Act, and say what was done',
    evaluate: 'Evaluate together',
    share: 'Share, spread, renew',
  },
};

const cell = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
const score = (s: number | null | undefined) => (s === null || s === undefined ? '—' : String(Math.round(s)));

export function formatReport(
  questionnaire: Questionnaire,
  result: AggregateResult,
  read: { rows: number; problems: RowProblem[] },
): string {
  const locale = questionnaire.locale.startsWith('en') ? 'en' : 'fr';
  const h = HEADINGS[locale];
  const roleNames = ROLES[locale];
  const levels = new Map(questionnaire.levels.map((l) => [l.id, l.label.standard]));
  const dimensions = new Map(questionnaire.dimensions.map((d) => [d.id, d.label.standard]));
  const rules = new Map(questionnaire.recommendations.map((r) => [r.id, r]));
  const roles = MEMBER_ROLES.filter((r) => result.counts[r] > 0);
  const out: string[] = [];

  out.push(questionnaire.title.standard, '='.repeat(questionnaire.title.standard.length), '');
  out.push(h.read(read.rows, result.respondents, read.problems.length));
  for (const p of read.problems) out.push(`  ${h.line} ${p.line} : ${p.message}`);
  out.push('', `${h.respondents} : ${roles.map((r) => `${roleNames[r]} ${result.counts[r]}`).join(', ')}`, '');

  out.push(h.scores);
  out.push([cell('', 34), cell(h.overall, 24), ...roles.map((r) => cell(roleNames[r], 11)), h.gap].join(' ').trimEnd());
  for (const d of result.dimensions) {
    const overall = `${score(d.overall.score)} ${d.overall.level ? levels.get(d.overall.level) : ''}`;
    const gap = d.divergence
      ? `${score(d.divergence.gap)} (${roleNames[d.divergence.highest]} > ${roleNames[d.divergence.lowest]})`
      : '—';
    out.push(
      [
        cell(dimensions.get(d.id)!, 34),
        cell(overall, 24),
        ...roles.map((r) => cell(score(d.byRole[r]?.score), 11)),
        gap,
      ]
        .join(' ')
        .trimEnd(),
    );
  }

  if (result.concernedVsProfessional.length) {
    out.push('', h.disagree);
    for (const d of result.concernedVsProfessional.slice(0, 3)) {
      out.push(
        `  - ${dimensions.get(d.dimension)} : ${h.concerned} ${score(d.concerned)}, ${h.professional} ${score(d.professional)}`,
      );
    }
  }

  if (result.phases.mostCommon) {
    const n = result.phases.counts[result.phases.mostCommon] ?? 0;
    out.push('', `${h.phase} : ${PHASES[locale][result.phases.mostCommon]} (${n} ${h.respondentsFor})`);
  }

  out.push('', h.recommendations);
  result.recommendations.slice(0, 5).forEach((rec, i) => {
    const rule = rules.get(rec.id)!;
    const byRole = roles.map((r) => `${roleNames[r]} ${rec.byRole[r] ?? 0}`).join(', ');
    out.push(`  ${i + 1}. ${rule.title.standard} — ${rec.count} ${h.respondentsFor} (${byRole})`);
    out.push(`     ${h.toWorkOn} : ${PHASES[locale][rule.phase]}`);
    for (const v of rule.vigilance) out.push(`     ${h.vigilance} : ${v.standard}`);
    out.push(`     ${h.resources} : ${rule.resourceIds.join(', ')}`);
  });
  if (!result.recommendations.length) out.push(`  ${h.nobody}`);
  return `${out.join('\n')}\n`;
}
