// Each council's self-diagnostic questionnaire, and a space's own: integrators load them
// through the API (`PUT`), checked by core's engine (`validateQuestionnaire`: every error
// with its path and reason), kept as versioned content entries (kind `questionnaire`).
// The questionnaire a space uses: its own, else its council's, else the built-in one.
import { getDefaultQuestionnaire, type Questionnaire, type Space, validateQuestionnaire } from '@participe/core';
import { actorRole, requireEditor } from './admin.js';
import { ensureSeeded } from './content.js';
import { fail, invalid, requireSpace, type ServiceContext } from './context.js';
import type { ApiLocale } from './messages.js';

/** Entry ids of the `questionnaire` kind: the council's, and each space's. */
const COUNCIL = 'council';
const ofSpace = (space: Pick<Space, 'id'>) => `space-${space.id}`;

export interface QuestionnaireInEffect {
  questionnaire: Questionnaire;
  /** Whose it is. */
  source: 'space' | 'council' | 'builtin';
  /** The stored entry's version (`If-Match` for the next save of the same source); 0 for the built-in one. */
  version: number;
}

const localeOf = (ctx: ServiceContext, locale: ApiLocale | undefined) => locale ?? ctx.locale;

/** The questionnaire in effect for `space` (or the council's when `space` is null). */
export async function questionnaireFor(
  ctx: ServiceContext,
  space: Pick<Space, 'id'> | null,
  locale?: ApiLocale,
): Promise<QuestionnaireInEffect> {
  const lang = localeOf(ctx, locale);
  if (ctx.content) {
    const store = await ensureSeeded(ctx);
    for (const [id, source] of [
      ...(space ? [[ofSpace(space), 'space'] as const] : []),
      [COUNCIL, 'council'] as const,
    ]) {
      const found = await store.get(ctx.organisation, 'questionnaire', lang, id);
      if (found) return { questionnaire: found.doc as unknown as Questionnaire, source, version: found.version };
    }
  }
  return { questionnaire: getDefaultQuestionnaire(lang), source: 'builtin', version: 0 };
}

/**
 * Saves a questionnaire for the council (`space` null) or one space, after the engine's
 * checks: 422 with each error's path (`questions.3.options.1.weights`) and reason. `If-Match`
 * is the version of that source's questionnaire (`"0"` for its first).
 */
export async function putQuestionnaireCommand(
  ctx: ServiceContext,
  spaceRef: unknown | null,
  body: unknown,
  locale: ApiLocale | undefined,
  expectedVersion: number | undefined,
): Promise<QuestionnaireInEffect> {
  const caller = requireEditor(ctx);
  const space = spaceRef === null ? null : await requireSpace(ctx, spaceRef);
  if (expectedVersion === undefined) throw fail(ctx, 428, 'preconditionRequired');
  const store = await ensureSeeded(ctx);
  const lang = localeOf(ctx, locale);
  // Recommendations may point only to resources this council has.
  const resourceIds = (await store.list(ctx.organisation, 'resource', lang)).map((r) => r.id);
  const checked = validateQuestionnaire(body, { resourceIds });
  if (!checked.ok) {
    throw invalid(
      ctx,
      checked.errors.slice(0, 50).map((e) => ({ path: e.path.join('.'), message: `${e.code}: ${e.message}` })),
    );
  }
  const id = space ? ofSpace(space) : COUNCIL;
  const doc = body as Record<string, unknown>;
  const current = await store.get(ctx.organisation, 'questionnaire', lang, id);
  const conflict = (v: number) => fail(ctx, 409, 'contentConflict', { current: v }, [], { ETag: `"${v}"` });
  if ((current?.version ?? 0) !== expectedVersion) throw conflict(current?.version ?? 0);
  const at = ctx.now().toISOString();
  const saved = await store.put(
    ctx.organisation,
    { kind: 'questionnaire', id, locale: lang, doc, falcMissing: [], updatedAt: at },
    expectedVersion,
    {
      at,
      actor: { id: caller.memberId, role: actorRole(caller) },
      changes: current ? ['questions'] : [],
    },
  );
  if (!saved) throw conflict((await store.get(ctx.organisation, 'questionnaire', lang, id))?.version ?? 0);
  return {
    questionnaire: doc as unknown as Questionnaire,
    source: space ? 'space' : 'council',
    version: saved.version,
  };
}
