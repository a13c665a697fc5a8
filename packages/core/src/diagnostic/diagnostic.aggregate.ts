import type { PhaseId } from '../cycle/cycle.phases.js';
import { MEMBER_ROLES, type MemberRole } from '../shared/roles.js';
import { type ReadAnswers, readAnswers } from './diagnostic.answers.js';
import { type CompiledQuestionnaire, compileQuestionnaire } from './diagnostic.compile.js';
import { evaluateChecked, levelOf } from './diagnostic.evaluate.js';
import type {
  AggregateResult,
  DiagnosticIssue,
  DiagnosticResponse,
  DimensionAggregate,
  Questionnaire,
  ScoreSummary,
} from './diagnostic.types.js';

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Running sums for one role: scores are averaged at the end, so memory does not grow with
 * respondents. Scores have one decimal, so tenths are summed as integers: exact, whatever
 * the order of the responses.
 */
interface Tally {
  count: number;
  tenths: Float64Array;
  scored: Uint32Array;
  rules: Uint32Array;
}

function readResponse(c: CompiledQuestionnaire, response: DiagnosticResponse): ReadAnswers {
  if (!MEMBER_ROLES.includes(response?.role)) {
    const message = `Unknown role; use one of ${MEMBER_ROLES.join(', ')}.`;
    return { values: [], issues: [{ path: ['role'], code: 'unknown_role', message }] };
  }
  if (typeof response.answers !== 'object' || response.answers === null) {
    const message = 'Answers are an object by question id.';
    return { values: [], issues: [{ path: ['answers'], code: 'wrong_type', message }] };
  }
  return readAnswers(c, response.answers);
}

export interface DiagnosticAggregator {
  /** Counts a response, or returns why it was rejected (and leaves it out). */
  add(response: DiagnosticResponse): DiagnosticIssue[] | null;
  result(): AggregateResult;
}

/**
 * Aggregates responses one at a time, for streams too large to hold (a CSV read line by
 * line). `aggregateDiagnostics` is this over an iterable.
 */
export function createDiagnosticAggregator(questionnaire: Questionnaire): DiagnosticAggregator {
  const c = compileQuestionnaire(questionnaire);
  const d = c.dimensionIds.length;
  const tallies = new Map<MemberRole, Tally>();
  const phaseCounts = new Uint32Array((c.phases?.steps.length ?? 0) + 1);
  const rejected: AggregateResult['rejected'] = [];
  let index = 0;

  const tallyOf = (role: MemberRole) => {
    let t = tallies.get(role);
    if (!t) {
      t = { count: 0, tenths: new Float64Array(d), scored: new Uint32Array(d), rules: new Uint32Array(c.rules.length) };
      tallies.set(role, t);
    }
    return t;
  };

  const add = (response: DiagnosticResponse): DiagnosticIssue[] | null => {
    const at = index++;
    const read = readResponse(c, response);
    if (read.issues.length) {
      rejected.push({ index: at, issues: read.issues });
      return read.issues;
    }
    const e = evaluateChecked(c, read.values);
    const t = tallyOf(response.role);
    t.count++;
    for (let i = 0; i < d; i++) {
      const s = e.scores[i];
      if (s === null || s === undefined) continue;
      t.tenths[i]! += Math.round(s * 10);
      t.scored[i]!++;
    }
    for (const r of e.fired) t.rules[r]!++;
    if (e.phaseStep >= 0) phaseCounts[e.phaseStep]!++;
    return null;
  };

  const result = (): AggregateResult => {
    const roles = MEMBER_ROLES.filter((r) => tallies.has(r));
    const summary = (tenths: number, n: number, i: number): ScoreSummary => {
      const score = n ? Math.round(tenths / n) / 10 : null;
      return { score, level: score === null ? null : levelOf(c.thresholds[i]!, c.levelIds, score), respondents: n };
    };
    const dimensions = c.dimensionIds.map((id, i): DimensionAggregate => {
      let sum = 0;
      let n = 0;
      const byRole: DimensionAggregate['byRole'] = {};
      for (const role of roles) {
        const t = tallies.get(role)!;
        sum += t.tenths[i]!;
        n += t.scored[i]!;
        byRole[role] = summary(t.tenths[i]!, t.scored[i]!, i);
      }
      const scored = roles.filter((r) => byRole[r]!.score !== null);
      let divergence: DimensionAggregate['divergence'] = null;
      if (scored.length >= 2) {
        const byScore = [...scored].sort((a, b) => byRole[b]!.score! - byRole[a]!.score!);
        const highest = byScore[0]!;
        const lowest = byScore[byScore.length - 1]!;
        divergence = { gap: round1(byRole[highest]!.score! - byRole[lowest]!.score!), highest, lowest };
      }
      return { id, overall: summary(sum, n, i), byRole, divergence };
    });

    const concernedVsProfessional = dimensions
      .flatMap((dim) => {
        const concerned = dim.byRole.concerned?.score;
        const professional = dim.byRole.professional?.score;
        if (concerned == null || professional == null) return [];
        return [{ dimension: dim.id, concerned, professional, gap: round1(concerned - professional) }];
      })
      .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap));

    const counts = Object.fromEntries(MEMBER_ROLES.map((r) => [r, tallies.get(r)?.count ?? 0])) as Record<
      MemberRole,
      number
    >;
    const phases: AggregateResult['phases'] = { counts: {}, mostCommon: null };
    if (c.phases) {
      const phaseAt = (s: number): PhaseId => c.phases!.steps[s]?.phase ?? c.phases!.whenAllDone;
      let best = 0;
      phaseCounts.forEach((n, s) => {
        if (n === 0) return;
        const phase = phaseAt(s);
        phases.counts[phase] = (phases.counts[phase] ?? 0) + n;
        if (phases.counts[phase]! > best) {
          best = phases.counts[phase]!;
          phases.mostCommon = phase;
        }
      });
    }
    const recommendations = c.rules
      .map((rule, r) => {
        const byRole: Partial<Record<MemberRole, number>> = {};
        let count = 0;
        for (const role of roles) {
          const n = tallies.get(role)!.rules[r]!;
          if (n) byRole[role] = n;
          count += n;
        }
        return { id: rule.def.id, phase: rule.def.phase, count, byRole };
      })
      .filter((r) => r.count > 0)
      .sort((a, b) => b.count - a.count);

    return {
      questionnaireId: c.def.id,
      version: c.def.version,
      respondents: roles.reduce((n, r) => n + counts[r], 0),
      counts,
      rejected: [...rejected],
      dimensions,
      concernedVsProfessional,
      phases,
      recommendations,
    };
  };

  return { add, result };
}

/**
 * Aggregates responses tagged with roles: scores per role and overall, the divergence
 * per dimension, where people concerned and professionals disagree most, counts per role.
 * A response that does not fit the questionnaire is listed in `rejected`, never counted.
 */
export function aggregateDiagnostics(
  questionnaire: Questionnaire,
  responses: Iterable<DiagnosticResponse>,
): AggregateResult {
  const aggregator = createDiagnosticAggregator(questionnaire);
  for (const response of responses) aggregator.add(response);
  return aggregator.result();
}
