// Turns zod issues into `{ path, message }` a citizen can act on: what is wrong with the
// field and an example of a valid value, in French or English (the words are in the
// messages module). Core's schemas carry French messages for their own rules (regex,
// refinements); French keeps them, English rebuilds every message from the issue's data.
import type { core } from 'zod/mini';
import type { ApiIssue } from './errors.js';
import { type ApiLocale, CORE_RULES_EN, type Messages, messagesIn } from './messages.js';

type Issue = core.$ZodIssue;

const ZOD_DEFAULT = 'Invalid input';

const pathOf = (path: readonly PropertyKey[]): string => path.map((p) => String(p)).join('.');

function exampleOf(path: readonly PropertyKey[], words: Messages): string | null {
  const examples: Record<string, string> = words.examples;
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key === 'string' && Object.hasOwn(examples, key)) return examples[key]!;
  }
  return null;
}

const list = (values: readonly unknown[]) =>
  values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');

function describe(issue: Issue, locale: ApiLocale): string {
  // Core's schemas write their own rules' messages in French: French answers keep them.
  const coreSpeaks = locale === 'fr';
  const words = messagesIn(locale);
  const v = words.validation;
  const example = exampleOf(issue.path, words);
  const withExample = (text: string) => (example ? v.withExample({ text, example }) : `${text}.`);
  const blank = typeof issue.input === 'string' && issue.input.trim() === '';
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return withExample(v.required());
      return withExample(v.expected({ type: words.typeNames[issue.expected] ?? issue.expected }));
    }
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string') return withExample(n <= 1 ? v.notEmpty() : v.atLeastChars({ n }));
      if (issue.origin === 'array') return v.atLeastItems({ n });
      return v.atLeast({ n });
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string') {
        return v.atMostChars({ n, got: typeof issue.input === 'string' ? issue.input.length : null });
      }
      if (issue.origin === 'array') return v.atMostItems({ n });
      return v.atMost({ n });
    }
    case 'invalid_format':
      if (coreSpeaks && issue.message !== ZOD_DEFAULT) return issue.message;
      return withExample(v.invalidFormat());
    case 'invalid_value':
      if (issue.values.length === 1) return v.mustBe({ values: list(issue.values) });
      return v.possibleValues({ values: list(issue.values) });
    case 'invalid_union':
      if ('options' in issue && issue.options?.length) return v.possibleValues({ values: list(issue.options) });
      return v.noExpectedForm();
    case 'not_multiple_of':
      return v.multipleOf({ divisor: issue.divisor });
    case 'unrecognized_keys':
      return v.unknownFields({ keys: list(issue.keys) });
    case 'custom': {
      if (blank) return withExample(v.notEmpty());
      if (coreSpeaks && issue.message !== ZOD_DEFAULT) return issue.message;
      const last = issue.path.at(-1);
      if (!coreSpeaks && typeof last === 'string' && Object.hasOwn(CORE_RULES_EN, last))
        return `${CORE_RULES_EN[last]}.`;
      return withExample(v.notValid());
    }
    default:
      return withExample(v.notValid());
  }
}

/** zod issues → API issues; a path prefix places query or body fields (`data.answer.text`). */
export const toApiIssues = (issues: readonly Issue[], locale: ApiLocale, prefix: readonly string[] = []): ApiIssue[] =>
  issues.map((issue) => ({ path: pathOf([...prefix, ...issue.path]), message: describe(issue, locale) }));
