// What the proposal form's first step shows, for the baselines that render the same step:
// its heading, progress, question, four choices with their hints, and the button.
export const STEP = {
  title: 'Ce que vous voulez dire',
  progress: 'Étape 1 sur 5',
  legend: 'Que voulez-vous partager ?',
  next: 'Continuer',
  choices: [
    ['observation', 'Un constat', 'Vous racontez ce que vous voyez ou ce que vous vivez.'],
    ['proposal', 'Une proposition', 'Vous avez une idée pour que les choses changent.'],
    ['question', 'Une question', 'Vous voulez savoir comment faire, ou pourquoi.'],
    ['testimony', 'Un témoignage', 'Vous racontez votre parcours, pour aider les autres à comprendre.'],
  ],
} as const;

declare const __BENCH_API__: string;
declare const __BENCH_API_SPACE__: string;
export const API = __BENCH_API__;
export const API_SPACE = __BENCH_API_SPACE__;

/**
 * The request the form makes on start (the space: its name and themes, for later steps),
 * made the same way by the baselines and, like the form, not waited for by the first step.
 */
export function askForSpace(): Promise<unknown> {
  return fetch(`${API}/spaces/${encodeURIComponent(API_SPACE)}`, {
    headers: { accept: 'application/json', 'accept-language': 'fr' },
  }).then((r) => r.json());
}
