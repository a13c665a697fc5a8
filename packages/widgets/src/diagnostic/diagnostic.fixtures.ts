// Test support for the diagnostic's browser tests (never exported): a small questionnaire
// with every kind of question, complete answers to the default one, and drafts.
import {
  type Answers,
  type ContentPack,
  defaultQuestionnaire,
  type Questionnaire,
  type SavedDiagnostic,
} from '@participe/core';
import { diagnosticDrafts, draftKey } from './diagnostic.load.js';

const pt = (standard: string, falc = `${standard} (facile)`) => ({ standard, falc });

/**
 * Two sections, two dimensions: a yes/no question that shows a single-choice one, a scale,
 * a multiple choice with an exclusive "none", a free text; one recommendation, a phase estimate.
 */
export const tiny = (over: { version?: number; label?: string } = {}): Questionnaire => ({
  id: 'petit-diagnostic',
  version: over.version ?? 1,
  locale: 'fr',
  title: pt('Notre petit diagnostic', 'Notre groupe en bref'),
  intro: pt('Quelques questions sur votre groupe.'),
  answerLabels: { yes: pt('Oui'), no: pt('Non'), unsure: pt('Je ne sais pas') },
  levels: [
    { id: 'fragile', label: pt('Fragile'), description: pt('À soigner vite.') },
    { id: 'building', label: pt('En construction'), description: pt('À consolider.') },
    { id: 'solid', label: pt('Solide'), description: pt('Un point d’appui.') },
  ],
  dimensions: [
    { id: 'place', label: pt('La place des personnes concernées'), thresholds: [40, 70] },
    { id: 'feedback', label: pt('Les réponses au groupe'), thresholds: [40, 70] },
  ],
  sections: [
    {
      id: 'groupe',
      title: pt('Le groupe'),
      questions: [
        {
          id: 'group',
          kind: 'yesNoUnsure',
          label: pt(over.label ?? 'Un groupe se réunit-il ?'),
          help: pt('Un groupe de personnes concernées et de professionnels.'),
          required: true,
          weights: { yes: { place: 10 }, no: { place: 0 } },
        },
        {
          id: 'parity',
          kind: 'single',
          label: pt('Les personnes concernées sont-elles au moins la moitié ?'),
          visibleIf: { equals: { question: 'group', value: 'yes' } },
          options: [
            { value: 'high', label: pt('Oui, au moins la moitié'), weights: { place: 10 } },
            { value: 'low', label: pt('Non, moins de la moitié'), weights: { place: 0 } },
            { value: 'dontKnow', label: pt('Je ne sais pas'), abstain: true },
          ],
        },
      ],
    },
    {
      id: 'reponses',
      title: pt('Les réponses'),
      questions: [
        {
          id: 'answers',
          kind: 'scale',
          label: pt('L’institution répond-elle au groupe ?'),
          required: true,
          steps: [
            { value: 1, label: pt('Jamais') },
            { value: 2, label: pt('Parfois') },
            { value: 3, label: pt('Toujours') },
          ],
          weights: { feedback: 10 },
        },
        {
          id: 'means',
          kind: 'multiple',
          label: pt('Comment le groupe apprend-il les réponses ?'),
          maxChoices: 2,
          options: [
            { value: 'letter', label: pt('Par courrier'), weights: { feedback: 2 } },
            { value: 'meeting', label: pt('En réunion'), weights: { feedback: 3 } },
            { value: 'site', label: pt('Sur le site'), weights: { feedback: 1 } },
            { value: 'none', label: pt('Il ne les apprend pas'), weights: { feedback: 0 }, exclusive: true },
          ],
        },
        { id: 'comment', kind: 'text', label: pt('Un mot à ajouter ?'), maxLength: 200 },
      ],
    },
  ],
  recommendations: [
    {
      id: 'placeFragile',
      when: { level: { dimension: 'place', in: ['fragile', 'building'] } },
      phase: 'mobilise',
      priority: 1,
      title: pt('Faire de la place aux personnes concernées'),
      why: pt('Sans elles, le groupe travaille à l’aveugle.'),
      vigilance: [pt('Ne pas promettre ce que l’on ne peut pas tenir.')],
      methods: [pt('Aller à leur rencontre là où elles vivent.')],
      resourceIds: ['porte-a-porte', 'permanence-hors-les-murs'],
    },
    {
      id: 'feedbackFragile',
      when: { level: { dimension: 'feedback', in: ['fragile'] } },
      phase: 'decide',
      title: pt('Répondre à chaque proposition'),
      vigilance: [],
      methods: [],
      resourceIds: ['lettre-de-retour'],
    },
  ],
  phaseEstimate: {
    steps: [
      { phase: 'mobilise', doneWhen: { equals: { question: 'group', value: 'yes' } } },
      { phase: 'diagnose', doneWhen: { gte: { question: 'answers', value: 2 } } },
    ],
    whenAllDone: 'coConstruct',
  },
});

/** The tests' content: the built-in pack's phases and resources, without a lazy import. */
export { fr as CONTENT } from '@participe/core';
export type Content = Partial<ContentPack>;

/** An answer to every question of the default questionnaire: the strongest choice each time. */
export function completeDefaultAnswers(pick: 'first' | 'last' = 'last'): Answers {
  const out: Answers = {};
  for (const q of defaultQuestionnaire.sections.flatMap((s) => s.questions)) {
    const at = <T>(list: T[]) => (pick === 'first' ? list[0]! : list[list.length - 1]!);
    if (q.kind === 'single') out[q.id] = at(q.options.filter((o) => !o.abstain && !o.exclusive)).value;
    if (q.kind === 'multiple') out[q.id] = [q.options.filter((o) => !o.abstain && !o.exclusive)[0]!.value];
    if (q.kind === 'scale') out[q.id] = at(q.steps).value;
    if (q.kind === 'yesNoUnsure') out[q.id] = pick === 'first' ? 'no' : 'yes';
  }
  return out;
}

/** A diagnostic saved on this device, as the widget saves it. */
export async function saveDraft(space: string | null, questionnaire: Questionnaire, draft: Partial<SavedDiagnostic>) {
  const saved: SavedDiagnostic = {
    format: 'participe.diagnostic/1',
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    state: 'review',
    mode: 'section',
    step: -1,
    answers: {},
    ...draft,
  };
  await diagnosticDrafts().save(draftKey(space, questionnaire), saved);
}

export const loadDraft = (space: string | null, questionnaire: Questionnaire) =>
  diagnosticDrafts().load(draftKey(space, questionnaire));

export async function clearDrafts() {
  for (const space of [null, 'groupe-rsa-nord']) {
    for (const q of [tiny(), defaultQuestionnaire]) await diagnosticDrafts().clear(draftKey(space, q));
  }
}
