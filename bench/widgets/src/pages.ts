// The pages measured, and how to tell that each one shows its first step: the
// probe counts these controls in the widget's (shadow) root.

export interface Probe {
  /** Element whose open shadow root holds the form; `null`: the document. */
  host: string | null;
  selector: string;
  count: number;
}

export interface PageSpec {
  name: string;
  entry: string;
  probe: Probe;
  /** The `bench/widgets` folder the page is built from (another checkout: `--before`); default: this one. */
  root?: string;
}

// The form's first step: "what kind of contribution", one radio per kind (four).
const FORM_PROBE: Probe = {
  host: 'participe-contribution-form',
  selector: 'form input[type=radio][name=kind]',
  count: 4,
};

/** The form's pages: the honest figure first, then the flattering one. */
export const FORM_PAGES: readonly PageSpec[] = [
  { name: 'form, real API over HTTP', entry: 'src/pages/participe-http.ts', probe: FORM_PROBE },
  { name: 'form, instant back end', entry: 'src/pages/participe-instant.ts', probe: FORM_PROBE },
];

/**
 * The form's pages built from another checkout's `bench/widgets` folder (an earlier commit,
 * installed), measured in the same run as this one's: a before/after on the same machine load.
 */
export const formPagesFrom = (root: string, label: string): PageSpec[] =>
  FORM_PAGES.map((p) => ({ ...p, name: `${p.name} (${label})`, root }));

// The form's pages, then the two baselines `ratios` compares them with (always last).
export const PAGES: readonly PageSpec[] = [
  ...FORM_PAGES,
  {
    name: 'bare Lit, same first step',
    entry: 'src/pages/bare-lit-step.ts',
    probe: { host: 'bench-bare-step', selector: 'form input[type=radio][name=kind]', count: 4 },
  },
  {
    name: 'SurveyJS, same first question',
    entry: 'src/pages/surveyjs-step.ts',
    probe: { host: null, selector: '#survey input[type=radio]', count: 4 },
  },
];
