// The same six fields with SurveyJS's renderer without React (survey-js-ui, Preact inside)
// and its default theme. The fontless theme: the default one loads Open Sans from a font
// CDN, a third-party call no council page should make (and this machine cannot reach).
import 'survey-core/survey-core.fontless.min.css';
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';

const text = (name: string, title: string, inputType = 'text') => ({ type: 'text', name, title, inputType });

const survey = new Model({
  showQuestionNumbers: 'off',
  completeText: 'Envoyer',
  elements: [
    text('kind', 'Que voulez-vous faire ?'),
    text('title', 'En une phrase, de quoi s’agit-il ?'),
    text('body', 'Que proposez-vous ?'),
    text('territory', 'Où cela se passe-t-il ?'),
    text('pseudonym', 'Quel nom afficher ?'),
    text('email', 'Votre adresse e-mail (facultatif)', 'email'),
  ],
});
const root = document.createElement('div');
root.id = 'survey';
document.body.append(root);
renderSurvey(survey, root);
