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

export const PAGES: readonly PageSpec[] = [
  { name: 'form, local back end', entry: 'src/pages/participe.ts', probe: FORM_PROBE },
  { name: 'form, instant back end', entry: 'src/pages/participe-instant.ts', probe: FORM_PROBE },
  { name: 'form, space in 400 ms', entry: 'src/pages/participe-slow.ts', probe: FORM_PROBE },
  {
    name: 'bare Lit, 6 fields',
    entry: 'src/pages/bare-lit.ts',
    probe: { host: 'bench-bare-form', selector: 'form input', count: 6 },
  },
  {
    name: 'SurveyJS, 6 questions',
    entry: 'src/pages/surveyjs.ts',
    probe: { host: null, selector: '#survey .sd-question input', count: 6 },
  },
];
