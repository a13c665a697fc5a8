// The default questionnaire in French, loaded on demand (its texts weigh about 12 KiB gzip).
import { buildDefaultQuestionnaire, defaultQuestionnaireTextsFr } from '@participe/core';

export const questionnaire = buildDefaultQuestionnaire(defaultQuestionnaireTextsFr, 'fr');
