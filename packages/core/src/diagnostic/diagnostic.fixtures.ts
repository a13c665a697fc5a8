import fc from 'fast-check';
import type { Answers, AnswerValue, Question, Questionnaire } from './diagnostic.types.js';

// Test helpers: a small questionnaire that uses every kind and operator, and a
// generator of valid answer sets for any questionnaire.

const pt = (standard: string) => ({ standard, falc: standard });

/** Two dimensions, two sections, every question kind, a visibility and a requiredIf. */
export const mini = (): Questionnaire => ({
  id: 'mini',
  version: 1,
  locale: 'fr',
  title: pt('Mini'),
  answerLabels: { yes: pt('Oui'), no: pt('Non'), unsure: pt('Je ne sais pas') },
  levels: [
    { id: 'fragile', label: pt('Fragile') },
    { id: 'building', label: pt('En construction') },
    { id: 'solid', label: pt('Solide') },
  ],
  dimensions: [
    { id: 'place', label: pt('Place'), thresholds: [40, 70] },
    { id: 'feedback', label: pt('Retour'), thresholds: [40, 70] },
  ],
  sections: [
    {
      id: 's1',
      title: pt('Le groupe'),
      questions: [
        {
          id: 'group',
          kind: 'yesNoUnsure',
          label: pt('Un groupe existe-t-il ?'),
          required: true,
          weights: { yes: { place: 10 }, no: { place: 0 } },
        },
        {
          id: 'parity',
          kind: 'single',
          label: pt('Parité ?'),
          visibleIf: { equals: { question: 'group', value: 'yes' } },
          options: [
            { value: 'high', label: pt('Haute'), weights: { place: 10 } },
            { value: 'low', label: pt('Basse'), weights: { place: 0 } },
            { value: 'dontKnow', label: pt('Je ne sais pas'), abstain: true },
          ],
        },
      ],
    },
    {
      id: 's2',
      title: pt('Les réponses'),
      questions: [
        {
          id: 'answers',
          kind: 'scale',
          label: pt('Des réponses ?'),
          steps: [
            { value: 1, label: pt('Jamais') },
            { value: 2, label: pt('Parfois') },
            { value: 3, label: pt('Toujours') },
          ],
          weights: { feedback: 10 },
          requiredIf: { equals: { question: 'group', value: 'yes' } },
        },
        {
          id: 'means',
          kind: 'multiple',
          label: pt('Comment ?'),
          maxChoices: 2,
          options: [
            { value: 'a', label: pt('A'), weights: { feedback: 2 } },
            { value: 'b', label: pt('B'), weights: { feedback: 3 } },
            { value: 'c', label: pt('C'), weights: { feedback: 1 } },
            { value: 'none', label: pt('Aucun'), weights: { feedback: 0 }, exclusive: true },
          ],
        },
        { id: 'comment', kind: 'text', label: pt('Un mot ?'), maxLength: 50 },
      ],
    },
  ],
  recommendations: [
    {
      id: 'placeFragile',
      when: { level: { dimension: 'place', in: ['fragile'] } },
      phase: 'mobilise',
      title: pt('Faire de la place'),
      vigilance: [],
      methods: [],
      resourceIds: ['porte-a-porte'],
    },
    {
      id: 'silent',
      when: { all: [{ lte: { question: 'answers', value: 1 } }, { not: { answered: 'comment' } }] },
      phase: 'decide',
      priority: 2,
      title: pt('Répondre'),
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

/** Any valid answer to a question. */
export function answerArbitrary(q: Question): fc.Arbitrary<AnswerValue> {
  switch (q.kind) {
    case 'single':
      return fc.constantFrom(...q.options.map((o) => o.value));
    case 'yesNoUnsure':
      return fc.constantFrom('yes', 'no', 'unsure');
    case 'scale':
      return fc.constantFrom(...q.steps.map((s) => s.value));
    case 'text':
      return fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);
    case 'multiple': {
      const free = q.options.filter((o) => !o.exclusive).map((o) => o.value);
      const exclusive = q.options.filter((o) => o.exclusive).map((o) => o.value);
      const max = Math.min(q.maxChoices ?? free.length, free.length);
      const combined = fc.subarray(free, { minLength: 1, maxLength: max });
      return exclusive.length
        ? fc.oneof(
            combined,
            fc.constantFrom(...exclusive).map((v) => [v]),
          )
        : combined;
    }
  }
}

/** A valid answer set in which any question may be left out. */
export function answersArbitrary(questionnaire: Questionnaire): fc.Arbitrary<Answers> {
  const questions = questionnaire.sections.flatMap((s) => s.questions);
  const record = fc.record(Object.fromEntries(questions.map((q) => [q.id, answerArbitrary(q)])), { requiredKeys: [] });
  // With no required key, fast-check leaves keys out rather than setting them to undefined.
  return record as fc.Arbitrary<Answers>;
}

export const allQuestions = (questionnaire: Questionnaire) => questionnaire.sections.flatMap((s) => s.questions);
