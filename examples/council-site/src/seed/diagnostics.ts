// A few self-diagnostics per role, so the group's aggregate shows how people concerned,
// professionals and elected officials each see where the group stands. The answers are
// made from a "mood" per role (elected officials see it rosier than people concerned)
// plus a fixed jitter per question, so every seed gives the same answers.
import type { ParticipeService } from '@participe/adapters/service';
import type { Answers, MemberRole, Questionnaire } from '@participe/core';
import type { FakeClock } from './clock.js';
import { identityOf } from './identities.js';
import { type DemoSpace, NEIGHBOURHOOD, RSA_GROUP } from './spaces.js';

const MOOD: Record<MemberRole, number> = {
  concerned: 0.4,
  professional: 0.6,
  elected: 0.8,
  partner: 0.55,
  facilitator: 0.6,
};

const RESPONDENTS: Array<{ demo: DemoSpace; memberIds: string[] }> = [
  {
    demo: RSA_GROUP,
    memberIds: ['m_rsa_01', 'm_rsa_03', 'm_rsa_06', 'm_rsa_pro_1', 'm_rsa_pro_2', 'm_rsa_elu_1', 'm_rsa_par_1'],
  },
  { demo: NEIGHBOURHOOD, memberIds: ['m_til_01', 'm_til_04', 'm_til_pro_1', 'm_til_elu_1'] },
];

/** FNV-1a, scaled to [0, 1): a stable pseudo-random number per text. */
function unit(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) / 2 ** 32;
}

const pick = <T>(items: readonly T[], r: number): T => items[Math.min(items.length - 1, Math.floor(r * items.length))]!;

export function answersFor(questionnaire: Questionnaire, mood: number, who: string): Answers {
  const answers: Answers = {};
  for (const question of questionnaire.sections.flatMap((s) => s.questions)) {
    const r = Math.min(0.999, Math.max(0, mood + (unit(who + question.id) - 0.5) * 0.5));
    switch (question.kind) {
      case 'scale':
        answers[question.id] = pick(question.steps, r).value;
        break;
      case 'yesNoUnsure':
        answers[question.id] = r >= 0.6 ? 'yes' : r < 0.35 ? 'no' : 'unsure';
        break;
      case 'single':
        // Options are written from the strongest situation to the weakest.
        answers[question.id] = pick(
          question.options.filter((o) => !o.abstain),
          1 - r,
        ).value;
        break;
      case 'multiple': {
        const open = question.options.filter((o) => !o.abstain && !o.exclusive);
        const count = Math.min(question.maxChoices ?? open.length, r >= 0.5 ? 2 : 1);
        answers[question.id] = open.slice(0, count).map((o) => o.value);
        break;
      }
      case 'text':
        break;
    }
  }
  return answers;
}

export async function seedDiagnostics(service: ParticipeService, clock: FakeClock): Promise<number> {
  const questionnaire = await service.as(null).getQuestionnaire({ locale: 'fr' });
  let count = 0;
  for (const { demo, memberIds } of RESPONDENTS) {
    for (const [i, id] of memberIds.entries()) {
      const member = demo.members.find((m) => m.id === id)!;
      clock.goTo(40 - i * 3);
      const answers = answersFor(questionnaire, MOOD[member.role], member.id);
      await service.as(identityOf(demo, member)).submitDiagnostic(demo.space.slug, { answers });
      count += 1;
    }
  }
  return count;
}
