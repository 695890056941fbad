import type { Pairing } from '../../domain/pairings/pairing.types.ts';
import type { Program } from '../../domain/programs/program.types.ts';
import { firstCheckinAt } from '../../domain/checkins/schedule.ts';
import { programSchedule } from '../../domain/checkins/schedule.ts';
import type { OutgoingMessage } from '../../domain/port.ts';
import { weekPlan } from '../../domain/templates/plans.ts';
import { t } from '../../i18n/index.ts';
import { scheduleSummary } from './program-text.ts';
import { discordTime } from './discord-time.ts';

export function bulletList(lines: readonly string[]): string {
  return lines.map((line) => `• ${line}`).join('\n');
}

/** The welcome: the plan, week 1's prompt, when the first check-in comes, and who can see the thread. */
export function welcomeMessage(program: Program, pairing: Pairing): OutgoingMessage {
  const locale = program.locale;
  const plan = weekPlan(program.template, 1, program.weeks, locale);
  const first =
    pairing.nextCheckinAt ?? firstCheckinAt(programSchedule(program), new Date(pairing.createdAt)).toISOString();
  return {
    content: t(locale, 'pair.welcome', {
      mentor: pairing.mentorId,
      mentee: pairing.menteeId,
      program: program.name,
      schedule: scheduleSummary(locale, program),
      first: discordTime(first, 'F'),
      topic: plan.topic,
      prompts: bulletList(plan.prompts),
    }),
    mentionUsers: [pairing.mentorId, pairing.menteeId],
  };
}
