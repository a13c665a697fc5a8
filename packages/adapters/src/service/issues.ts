// Turns zod issues into `{ path, message }` a citizen can act on: what is wrong with the
// field and an example of a valid value, in French or English. Core's schemas carry
// French messages for their own rules (regex, refinements); French keeps them, English
// rebuilds every message here from the issue's data.
import type { core } from 'zod/mini';
import type { ApiIssue } from './errors.js';
import type { ApiLocale } from './messages.js';

type Issue = core.$ZodIssue;

/** Example values by field name, the last segment of the path. */
const EXAMPLES: Record<string, { fr: string; en: string }> = {
  title: { fr: 'Des horaires de bus adaptés aux rendez-vous', en: 'Bus times that fit appointments' },
  body: {
    fr: 'Le bus du matin arrive après l’ouverture du guichet.',
    en: 'The morning bus arrives after the desk opens.',
  },
  kind: { fr: 'proposal', en: 'proposal' },
  theme: { fr: 'mobilite', en: 'mobilite' },
  territory: { fr: 'Quartier des Tilleuls', en: 'Tilleuls neighbourhood' },
  spaceId: { fr: 'groupe-rsa-nord', en: 'groupe-rsa-nord' },
  channel: { fr: 'online', en: 'online' },
  pseudonym: { fr: 'Camille du quartier', en: 'Camille from the neighbourhood' },
  email: { fr: 'prenom@exemple.fr', en: 'name@example.org' },
  phone: { fr: '06 00 00 00 00', en: '06 00 00 00 00' },
  consent: { fr: 'true', en: 'true' },
  onBehalfOf: { fr: 'Monsieur D.', en: 'Mr D.' },
  facilitatorId: { fr: 'anim_1', en: 'anim_1' },
  consentMethod: { fr: 'oral', en: 'oral' },
  meetingId: { fr: 'm_2026_03', en: 'm_2026_03' },
  type: { fr: 'contribution.submit', en: 'contribution.submit' },
  verdict: { fr: 'accepted', en: 'accepted' },
  text: {
    fr: 'Nous ajoutons un bus à 8 h 10 dès septembre, car…',
    en: 'We are adding an 8:10 bus from September, because…',
  },
  service: { fr: 'Direction de l’insertion', en: 'Employment support department' },
  duplicateOf: { fr: 'c_8f3k2m9q', en: 'c_8f3k2m9q' },
  id: { fr: 'k_1', en: 'k_1' },
  commitmentId: { fr: 'k_1', en: 'k_1' },
  what: { fr: 'Ajouter un bus à 8 h 10 sur la ligne 4', en: 'Add an 8:10 bus on line 4' },
  owner: { fr: 'Service mobilité', en: 'Transport department' },
  due: { fr: '2026-09-01', en: '2026-09-01' },
  percent: { fr: '50', en: '50' },
  reason: { fr: 'Le texte cite le nom d’une personne.', en: 'The text names a person.' },
  statement: {
    fr: 'Nous, habitants, considérons que notre problème principal est…',
    en: 'We, residents, consider that our main problem is…',
  },
  summary: { fr: 'Trois points de vue ont été recueillis.', en: 'Three viewpoints were gathered.' },
  viewpoints: { fr: '["residents", "professionals"]', en: '["residents", "professionals"]' },
  followUpCode: { fr: 'K7P-4QX', en: 'K7P-4QX' },
  secret: { fr: 'le secret reçu à l’envoi', en: 'the secret received when sending' },
  status: { fr: 'published', en: 'published' },
  limit: { fr: '20', en: '20' },
  q: { fr: 'bus', en: 'bus' },
  overdue: { fr: 'true', en: 'true' },
  space: { fr: 'groupe-rsa-nord', en: 'groupe-rsa-nord' },
  locale: { fr: 'fr', en: 'en' },
};

/** English texts for core's refinements, which only carry a French message. */
const EN_RULES: Record<string, string> = {
  assisted: 'An assisted entry says on whose behalf it was written and how consent was given',
  meetingId: 'A contribution from a meeting names the meeting (example: m_2026_03)',
  email: 'Give an e-mail address or a phone number (example: name@example.org)',
};

const TYPE_NAMES: Record<ApiLocale, Record<string, string>> = {
  fr: {
    string: 'un texte',
    number: 'un nombre',
    int: 'un nombre entier',
    boolean: 'true ou false',
    object: 'un objet JSON',
    array: 'une liste',
    null: 'null',
  },
  en: {
    string: 'a text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'a JSON object',
    array: 'a list',
    null: 'null',
  },
};

const ZOD_DEFAULT = 'Invalid input';

const pathOf = (path: readonly PropertyKey[]): string => path.map((p) => String(p)).join('.');

function exampleOf(path: readonly PropertyKey[], locale: ApiLocale): string | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key === 'string' && EXAMPLES[key]) return EXAMPLES[key][locale];
  }
  return null;
}

const withExample = (text: string, example: string | null, locale: ApiLocale): string =>
  example ? `${text} (${locale === 'fr' ? 'exemple : ' : 'example: '}${example}).` : `${text}.`;

const list = (values: readonly unknown[]) =>
  values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');

function describe(issue: Issue, locale: ApiLocale): string {
  const fr = locale === 'fr';
  const example = exampleOf(issue.path, locale);
  const blank = typeof issue.input === 'string' && issue.input.trim() === '';
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined)
        return withExample(fr ? 'Ce champ est obligatoire' : 'This field is required', example, locale);
      const name = TYPE_NAMES[locale][issue.expected] ?? issue.expected;
      return withExample(fr ? `Valeur attendue : ${name}` : `Expected ${name}`, example, locale);
    }
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string') {
        if (n <= 1)
          return withExample(fr ? 'Ce champ ne peut pas être vide' : 'This field cannot be empty', example, locale);
        return withExample(fr ? `Au moins ${n} caractères` : `At least ${n} characters`, example, locale);
      }
      if (issue.origin === 'array') return fr ? `Au moins ${n} élément(s).` : `At least ${n} item(s).`;
      return fr ? `La valeur doit être au moins ${n}.` : `The value must be at least ${n}.`;
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string') {
        const got = typeof issue.input === 'string' ? issue.input.length : null;
        if (fr) return `${n} caractères au plus${got === null ? '' : ` (ici : ${got})`}. Raccourcissez le texte.`;
        return `At most ${n} characters${got === null ? '' : ` (here: ${got})`}. Please shorten the text.`;
      }
      if (issue.origin === 'array') return fr ? `${n} élément(s) au plus.` : `At most ${n} item(s).`;
      return fr ? `La valeur doit être au plus ${n}.` : `The value must be at most ${n}.`;
    }
    case 'invalid_format':
      if (fr && issue.message !== ZOD_DEFAULT) return issue.message;
      return withExample(fr ? 'Format non valide' : 'Invalid format', example, locale);
    case 'invalid_value':
      if (issue.values.length === 1) {
        return fr ? `Doit valoir ${list(issue.values)}.` : `Must be ${list(issue.values)}.`;
      }
      return fr ? `Valeurs possibles : ${list(issue.values)}.` : `Possible values: ${list(issue.values)}.`;
    case 'invalid_union':
      if ('options' in issue && issue.options?.length) {
        return fr ? `Valeurs possibles : ${list(issue.options)}.` : `Possible values: ${list(issue.options)}.`;
      }
      return fr
        ? 'Cette valeur ne correspond à aucune forme attendue.'
        : 'This value matches none of the expected forms.';
    case 'not_multiple_of':
      return fr ? `Doit être un multiple de ${issue.divisor}.` : `Must be a multiple of ${issue.divisor}.`;
    case 'unrecognized_keys':
      return fr ? `Champs inconnus : ${list(issue.keys)}.` : `Unknown fields: ${list(issue.keys)}.`;
    case 'custom': {
      if (blank)
        return withExample(fr ? 'Ce champ ne peut pas être vide' : 'This field cannot be empty', example, locale);
      if (fr && issue.message !== ZOD_DEFAULT) return issue.message;
      const last = issue.path.at(-1);
      if (!fr && typeof last === 'string' && EN_RULES[last]) return `${EN_RULES[last]}.`;
      return withExample(fr ? 'Cette valeur n’est pas valide' : 'This value is not valid', example, locale);
    }
    default:
      return withExample(fr ? 'Cette valeur n’est pas valide' : 'This value is not valid', example, locale);
  }
}

/** zod issues → API issues; a path prefix places query or body fields (`data.answer.text`). */
export const toApiIssues = (issues: readonly Issue[], locale: ApiLocale, prefix: readonly string[] = []): ApiIssue[] =>
  issues.map((issue) => ({ path: pathOf([...prefix, ...issue.path]), message: describe(issue, locale) }));
