import type { PlainText } from '../content/content.types.js';
import { defaultQuestionnaireTextsEn } from './default-questionnaire.en.js';
import { type DefaultQuestionnaireTexts, defaultQuestionnaireTextsFr } from './default-questionnaire.fr.js';
import {
  DEFAULT_THRESHOLDS,
  DIMENSION_IDS,
  LEVEL_IDS,
  type QuestionSpec,
  SCALE_VALUES,
  SECTIONS,
} from './default-questionnaire.questions.js';
import { PHASE_ESTIMATE, RULES } from './default-questionnaire.rules.js';
import type { Question, Questionnaire } from './diagnostic.types.js';

export { type DefaultQuestionnaireTexts, defaultQuestionnaireTextsEn, defaultQuestionnaireTextsFr };

export const DEFAULT_QUESTIONNAIRE_ID = 'ou-en-est-notre-demarche';
/** Bump when questions, options, weights or rules change (not for wording fixes). */
export const DEFAULT_QUESTIONNAIRE_VERSION = 1;

type QuestionTexts = { label: PlainText; help?: PlainText; options?: Record<string, PlainText> };

/** Reads a text, failing loudly: a missing key is a bug in a text pack, never a blank label. */
function pick<T>(table: Record<string, T>, key: string, where: string): T {
  const found = table[key];
  if (found === undefined) throw new Error(`Default questionnaire: no text for ${where} "${key}".`);
  return found;
}

function question(spec: QuestionSpec, texts: DefaultQuestionnaireTexts): Question {
  const words = pick(texts.questions as Record<string, QuestionTexts>, spec.id, 'question');
  const base = {
    id: spec.id,
    label: words.label,
    ...(words.help && { help: words.help }),
    ...(spec.required && { required: true }),
    ...(spec.visibleIf && { visibleIf: spec.visibleIf }),
    ...(spec.requiredIf && { requiredIf: spec.requiredIf }),
  };
  switch (spec.kind) {
    case 'scale': {
      const labels = texts.scales[spec.scale];
      const steps = SCALE_VALUES.map((value, i) => ({ value, label: labels[i]! }));
      return { ...base, kind: 'scale', steps, weights: spec.weights as Record<string, number> };
    }
    case 'yesNoUnsure':
      return {
        ...base,
        kind: 'yesNoUnsure',
        weights: spec.weights as { yes: Record<string, number>; no: Record<string, number> },
      };
    case 'text':
      return { ...base, kind: 'text', ...(spec.maxLength && { maxLength: spec.maxLength }) };
    default: {
      const options = spec.options.map((o) => ({
        value: o.value,
        label: pick(words.options ?? {}, o.value, `option of ${spec.id}`),
        ...(o.weights && { weights: o.weights as Record<string, number> }),
        ...(o.abstain && { abstain: true }),
        ...(o.exclusive && { exclusive: true }),
      }));
      return { ...base, kind: spec.kind, options };
    }
  }
}

/** Assembles the default questionnaire from its structure and one locale's texts. */
export function buildDefaultQuestionnaire(texts: DefaultQuestionnaireTexts, locale: string): Questionnaire {
  return {
    id: DEFAULT_QUESTIONNAIRE_ID,
    version: DEFAULT_QUESTIONNAIRE_VERSION,
    locale,
    title: texts.title,
    intro: texts.intro,
    answerLabels: texts.answerLabels,
    levels: LEVEL_IDS.map((id) => ({ id, ...texts.levels[id] })),
    dimensions: DIMENSION_IDS.map((id) => ({ id, ...texts.dimensions[id], thresholds: [...DEFAULT_THRESHOLDS] })),
    sections: SECTIONS.map((s) => ({
      id: s.id,
      ...pick(texts.sections as Record<string, { title: PlainText }>, s.id, 'section'),
      questions: s.questions.map((q) => question(q, texts)),
    })),
    recommendations: RULES.map((r) => ({
      ...r,
      ...pick(
        texts.recommendations as Record<string, (typeof texts.recommendations)['goFurther']>,
        r.id,
        'recommendation',
      ),
    })),
    phaseEstimate: PHASE_ESTIMATE,
  };
}

/**
 * « Où en est notre démarche participative ? »: 40 questions over 11 dimensions, in
 * French with a FALC variant. Same id and version in every language: answers carry over.
 */
export const defaultQuestionnaire: Questionnaire = /* @__PURE__ */ buildDefaultQuestionnaire(
  defaultQuestionnaireTextsFr,
  'fr',
);
/** The default questionnaire in English. */
export const defaultQuestionnaireEn: Questionnaire = /* @__PURE__ */ buildDefaultQuestionnaire(
  defaultQuestionnaireTextsEn,
  'en',
);

export const getDefaultQuestionnaire = (locale: 'fr' | 'en'): Questionnaire =>
  locale === 'en' ? defaultQuestionnaireEn : defaultQuestionnaire;
