import type { Question, Weights } from './diagnostic.types.js';

/** An answer a scored question accepts, with what it weighs. Every kind but `text` reduces to these. */
export interface ChoiceDef {
  value: string | number;
  /** `undefined` on an abstention, or on a choice of an unscored question. */
  weights: Weights | undefined;
  abstain: boolean;
  exclusive: boolean;
}

/** The choices of a question in one shape, so scoring and validation treat every kind alike. */
export function questionChoices(question: Question): ChoiceDef[] | null {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return question.options.map((o) => ({
        value: o.value,
        weights: o.abstain ? undefined : o.weights,
        abstain: o.abstain === true,
        exclusive: o.exclusive === true,
      }));
    case 'scale': {
      // A scale reads as a line: the first step weighs 0, the last the full weight.
      const last = question.steps.length - 1;
      const w = question.weights;
      return question.steps.map((s, i) => ({
        value: s.value,
        weights: w && Object.fromEntries(Object.entries(w).map(([d, x]) => [d, (x * i) / last])),
        abstain: false,
        exclusive: false,
      }));
    }
    case 'yesNoUnsure': {
      const w = question.weights;
      return (['yes', 'no', 'unsure'] as const).map((value) => ({
        value,
        weights: w?.[value],
        // Without a weight, "unsure" says nothing about the group: it counts for no dimension.
        abstain: w !== undefined && w[value] === undefined,
        exclusive: false,
      }));
    }
    case 'text':
      return null;
  }
}

/** Dimensions a question scores: every dimension any of its choices weighs. */
export function scoredDimensions(choices: readonly ChoiceDef[]): string[] {
  const dims = new Set<string>();
  for (const c of choices) for (const d of Object.keys(c.weights ?? {})) dims.add(d);
  return [...dims];
}

/**
 * The lowest and highest total a valid answer can give on a dimension. Scores are placed
 * between these bounds, so every dimension reads 0–100 whatever the weights.
 */
export function weightRange(
  choices: readonly ChoiceDef[],
  dimension: string,
  multiple: { maxChoices: number } | null,
): { min: number; max: number } {
  const weighed = choices.filter((c) => !c.abstain);
  const w = (c: ChoiceDef) => c.weights?.[dimension] ?? 0;
  if (!multiple) {
    const all = weighed.map(w);
    return { min: Math.min(...all), max: Math.max(...all) };
  }
  // A multiple answer is one exclusive choice alone, or 1 to `maxChoices` others summed.
  const free = weighed
    .filter((c) => !c.exclusive)
    .map(w)
    .sort((a, b) => b - a);
  const k = Math.min(multiple.maxChoices, free.length);
  const top = free.slice(0, k);
  const bottom = [...free].reverse().slice(0, k);
  const candidatesMax: number[] = [];
  const candidatesMin: number[] = [];
  if (free.length > 0) {
    candidatesMax.push(free[0]! > 0 ? top.filter((x) => x > 0).reduce((a, b) => a + b, 0) : free[0]!);
    const lowest = free[free.length - 1]!;
    candidatesMin.push(lowest < 0 ? bottom.filter((x) => x < 0).reduce((a, b) => a + b, 0) : lowest);
  }
  for (const c of weighed) {
    if (c.exclusive) {
      candidatesMax.push(w(c));
      candidatesMin.push(w(c));
    }
  }
  return { min: Math.min(...candidatesMin), max: Math.max(...candidatesMax) };
}
