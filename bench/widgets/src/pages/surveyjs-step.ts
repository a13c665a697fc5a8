// SurveyJS rendering the same first question: one radio group of the four kinds with their
// hints, on a page titled as the form's step, asking the real API for the space as the form does.
// survey-js-ui is SurveyJS's renderer without React; the fontless theme, as on the six-field page.
import 'survey-core/survey-core.fontless.min.css';
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
import { askForSpace, STEP } from './first-step.js';

void askForSpace();
const survey = new Model({
  showQuestionNumbers: 'off',
  showProgressBar: 'top',
  pageNextText: STEP.next,
  pages: [
    {
      title: STEP.title,
      elements: [
        {
          type: 'radiogroup',
          name: 'kind',
          title: STEP.legend,
          choices: STEP.choices.map(([value, label, hint]) => ({ value, text: `${label} — ${hint}` })),
        },
      ],
    },
    // The later steps exist, so the progress and the button are the form's ("Continuer").
    { elements: [{ type: 'comment', name: 'body', title: 'Que proposez-vous ?' }] },
  ],
});
const root = document.createElement('div');
root.id = 'survey';
document.body.append(root);
renderSurvey(survey, root);
