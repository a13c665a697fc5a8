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
}

// The form's first step: "what kind of contribution", one radio per kind (four).
const FORM_PROBE: Probe = {
  host: 'participe-contribution-form',
  selector: 'form input[type=radio][name=kind]',
  count: 4,
};

// The first two are the form, the last two the baselines `ratios` compares them with.
export const PAGES: readonly PageSpec[] = [
  { name: 'form, real API over HTTP', entry: 'src/pages/participe-http.ts', probe: FORM_PROBE },
  { name: 'form, instant back end', entry: 'src/pages/participe-instant.ts', probe: FORM_PROBE },
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
