// The self-diagnostic: members of a space answer the questionnaire, each gets their
// result, and the group sees how residents, professionals and elected officials each see
// where they stand. One voice per member: a later response replaces the earlier one.
import {
  type AggregateResult,
  type Answers,
  aggregateDiagnostics,
  type DiagnosticIssue,
  type DiagnosticResponseRecord,
  type DiagnosticResult,
  evaluateDiagnostic,
  type Questionnaire,
  validateAnswers,
} from '@participe/core';
import type { ValidBody, ValidQuery } from '../contract/api.js';
import type { Identity } from './api.js';
import { fail, instant, invalid, memberOf, requireSpace, type ServiceContext } from './context.js';
import { newId, sha256Hex } from './crypto.js';
import { type ApiLocale, messagesIn } from './messages.js';
import { questionnaireFor } from './questionnaires.js';

/** The engine's issues are written for developers in English; French gets a plain sentence per code. */
const answerIssue = (locale: ApiLocale, i: DiagnosticIssue) => ({
  path: ['answers', ...i.path].join('.'),
  message: messagesIn(locale).issues.diagnosticAnswer({ code: i.code, engine: i.message }),
});

/** The council's questionnaire (the built-in one until it loads its own). */
export async function questionnaireQuery(
  ctx: ServiceContext,
  q: ValidQuery<'getQuestionnaire'> = {},
): Promise<Questionnaire> {
  return (await questionnaireFor(ctx, null, q.locale)).questionnaire;
}

async function requireMember(ctx: ServiceContext, ref: unknown) {
  const space = await requireSpace(ctx, ref);
  const member = memberOf(ctx.caller, space);
  if (!member) throw fail(ctx, ctx.caller ? 403 : 401, ctx.caller ? 'notYourSpace' : 'membersOnly');
  return { space, member };
}

/** A record id that carries a hash of the member, so their next response replaces this one. */
async function responseId(member: Identity): Promise<string> {
  if (member.memberId === null) return newId('d');
  return `d_${(await sha256Hex(member.memberId)).slice(0, 16)}_${newId('r').slice(2)}`;
}

export async function submitDiagnosticCommand(
  ctx: ServiceContext,
  ref: unknown,
  { answers }: ValidBody<'submitDiagnostic'>,
): Promise<DiagnosticResult> {
  const { space, member } = await requireMember(ctx, ref);
  const { questionnaire } = await questionnaireFor(ctx, space);
  const checked = validateAnswers(questionnaire, answers);
  if (!checked.ok)
    throw invalid(
      ctx,
      checked.errors.map((i) => answerIssue(ctx.locale, i)),
    );
  const result = evaluateDiagnostic(questionnaire, answers);
  const record: DiagnosticResponseRecord = {
    id: await responseId(member),
    spaceId: space.id,
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    role: member.role,
    answers,
    submittedAt: instant(ctx),
  };
  await ctx.store.saveDiagnosticResponse(record);
  return result;
}

/** Keeps each member's latest response (ids `d_<member hash>_…`); anonymous tokens count each time. */
function latestPerMember(records: DiagnosticResponseRecord[]): DiagnosticResponseRecord[] {
  const byMember = new Map<string, DiagnosticResponseRecord>();
  for (const r of records) {
    const key = /^d_[0-9a-f]{16}_/.test(r.id) ? r.id.slice(0, 19) : r.id;
    const seen = byMember.get(key);
    if (!seen || seen.submittedAt <= r.submittedAt) byMember.set(key, r);
  }
  return [...byMember.values()];
}

export async function diagnosticAggregateQuery(ctx: ServiceContext, ref: unknown): Promise<AggregateResult> {
  const { space } = await requireMember(ctx, ref);
  const { questionnaire } = await questionnaireFor(ctx, space);
  const records = (await ctx.store.listDiagnosticResponses(space.id)).filter(
    (r) => r.questionnaireId === questionnaire.id && r.questionnaireVersion === questionnaire.version,
  );
  return aggregateDiagnostics(
    questionnaire,
    latestPerMember(records).map((r) => ({ role: r.role, answers: r.answers as Answers })),
  );
}
