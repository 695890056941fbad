import { checkinAnswerId, checkinNoteId, closingId } from '../../custom-ids/checkin.ts';
import { pulseId } from '../../custom-ids/pulse.ts';
import { asksPulse } from '../../domain/pulse/pulse-week.ts';
import type { Button } from '../../domain/port.ts';
import type { AnswerStatus, TemplateId } from '../../db/schema.ts';
import type { Goal } from '../../domain/goals/goal.types.ts';
import { escapeUserText, t } from '../../i18n/index.ts';
import { bulletList } from './welcome-view.ts';
import type { OutgoingMessage } from '../../domain/port.ts';
import { weekPlan } from '../../domain/templates/plans.ts';

export const answerStatuses: readonly AnswerStatus[] = ['on-track', 'need-help', 'stuck'];

export const answerLabelKey = {
  'on-track': 'checkin.onTrack',
  'need-help': 'checkin.needHelp',
  stuck: 'checkin.stuck',
} as const;

export interface PromptInput {
  checkinId: number;
  week: number;
  nonce: string;
  template: TemplateId;
  /** The program's length: the last week gets the closing prompt of the plan. */
  weeks: number;
  /** The program's pulse week (0: none): that week's prompt asks how the pairing goes. */
  pulseWeek: number;
  everyWeeks: number;
  locale: string;
  programName: string;
  mentorId: string;
  menteeId: string;
  goals: readonly Goal[];
}

const GOALS_SHOWN = 5;

/** The pair's goals as a short checklist, open ones first. */
function checklist(locale: string, goals: readonly Goal[]): string {
  if (goals.length === 0) return '';
  const numbered = goals
    .map((goal, i) => ({ goal, number: i + 1 }))
    .sort((a, b) => Number(a.goal.doneAt !== null) - Number(b.goal.doneAt !== null));
  const lines = numbered
    .slice(0, GOALS_SHOWN)
    .map(({ goal, number }) => `${goal.doneAt ? '☑' : '☐'} ${number}. ${escapeUserText(goal.text)}`);
  if (numbered.length > GOALS_SHOWN) lines.push(t(locale, 'goal.more', { count: numbered.length - GOALS_SHOWN }));
  return `\n\n${t(locale, 'goal.checklistTitle')}\n${lines.join('\n')}`;
}

/** The weekly prompt: the plan's topic and questions, the goals, and the answer buttons. */
export function checkinPrompt(input: PromptInput): OutgoingMessage {
  const plan = weekPlan(input.template, input.week, input.weeks, input.locale);
  const content = t(input.locale, 'checkin.prompt', {
    mentor: input.mentorId,
    mentee: input.menteeId,
    week: input.week,
    topic: plan.topic,
    prompts: bulletList(plan.prompts),
  });
  return {
    content: `${content}${checklist(input.locale, input.goals)}`.slice(0, 2000),
    buttons: [
      [
        ...answerStatuses.map((status) => ({
          customId: checkinAnswerId.encode([input.checkinId, status]),
          label: t(input.locale, answerLabelKey[status]),
          style:
            status === 'on-track'
              ? ('success' as const)
              : status === 'need-help'
                ? ('primary' as const)
                : ('danger' as const),
        })),
        {
          customId: checkinNoteId.encode([input.checkinId]),
          label: t(input.locale, 'checkin.addNote'),
          style: 'secondary' as const,
        },
      ],
      ...(asksPulse(input.week, input) ? [[pulseButton(input.locale, input.checkinId)]] : []),
    ],
    mentionUsers: [input.mentorId, input.menteeId],
    nonce: input.nonce,
  };
}

/** "How is this going?": opens the private pulse form (a 1-5 score, a comment). */
export function pulseButton(locale: string, checkinId: number): Button {
  return { customId: pulseId.encode([checkinId]), label: t(locale, 'pulse.button'), style: 'primary' };
}

/** After the last week: the pulse form as the rating, and the choice to go on informally or to end. */
export function closingMessage(input: PromptInput): OutgoingMessage {
  return {
    content: t(input.locale, 'checkin.closing', {
      mentor: input.mentorId,
      mentee: input.menteeId,
      program: input.programName,
    }),
    buttons: [
      [
        pulseButton(input.locale, input.checkinId),
        {
          customId: closingId.encode([input.checkinId, 'continue']),
          label: t(input.locale, 'checkin.continue'),
          style: 'success' as const,
        },
        {
          customId: closingId.encode([input.checkinId, 'end']),
          label: t(input.locale, 'checkin.end'),
          style: 'danger' as const,
        },
      ],
    ],
    mentionUsers: [input.mentorId, input.menteeId],
    nonce: input.nonce,
  };
}
