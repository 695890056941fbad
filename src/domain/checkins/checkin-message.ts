import type { AnswerStatus, TemplateId } from '../../db/schema.ts';
import { t } from '../../i18n/index.ts';
import { bulletList } from '../pairings/pair-thread.ts';
import type { OutgoingMessage } from '../port.ts';
import { weekPlan } from '../templates/plans.ts';

export const answerStatuses: readonly AnswerStatus[] = ['on-track', 'need-help', 'stuck'];

export const answerButtonId = (checkinId: number, status: AnswerStatus) => `checkin:${checkinId}:${status}`;

export const answerLabelKey = { 'on-track': 'checkin.onTrack', 'need-help': 'checkin.needHelp', stuck: 'checkin.stuck' } as const;

export interface PromptInput {
  checkinId: number;
  week: number;
  nonce: string;
  template: TemplateId;
  /** The program's length: the last week gets the closing prompt. */
  weeks: number;
  locale: string;
  mentorId: string;
  menteeId: string;
}

/** The weekly prompt: the plan's topic and questions, and one button per answer. */
export function checkinPrompt(input: PromptInput): OutgoingMessage {
  const plan = weekPlan(input.template, input.week, input.weeks, input.locale);
  return {
    content: t(input.locale, 'checkin.prompt', {
      mentor: input.mentorId,
      mentee: input.menteeId,
      week: input.week,
      topic: plan.topic,
      prompts: bulletList(plan.prompts),
    }),
    buttons: [
      answerStatuses.map((status) => ({
        customId: answerButtonId(input.checkinId, status),
        label: t(input.locale, answerLabelKey[status]),
        style: status === 'on-track' ? ('success' as const) : status === 'need-help' ? ('primary' as const) : ('danger' as const),
      })),
    ],
    mentionUsers: [input.mentorId, input.menteeId],
    nonce: input.nonce,
  };
}
