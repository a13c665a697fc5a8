// The default questionnaire in English, loaded on demand, only on English pages.
import { buildDefaultQuestionnaire, defaultQuestionnaireTextsEn } from '@participe/core';

export const questionnaire = buildDefaultQuestionnaire(defaultQuestionnaireTextsEn, 'en');
