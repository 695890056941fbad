import { checkinAnswerId, checkinNoteId, closingId } from '../../custom-ids/checkin.ts';
import type { GroupCheckinData, GroupWelcomeData } from '../../domain/groups/group-views.ts';
import type { Button, OutgoingMessage } from '../../domain/port.ts';
import { firstCheckinAt, programSchedule } from '../../domain/checkins/schedule.ts';
import { weekPlan } from '../../domain/templates/plans.ts';
import { asksPulse } from '../../domain/pulse/pulse-week.ts';
import { t } from '../../i18n/index.ts';
import { answerLabelKey, answerStatuses, pulseButton } from './checkin-message.ts';
import { discordTime } from './discord-time.ts';
import { scheduleSummary } from './program-text.ts';
import { withCertificates } from './completion-views.ts';
import { bulletList } from './welcome-view.ts';

const mentions = (ids: readonly string[]) => ids.map((id) => `<@${id}>`).join(' ');

/** The group's welcome: addresses the whole group; mentions only its members. */
export function groupWelcomeMessage({ program, group, menteeIds }: GroupWelcomeData): OutgoingMessage {
  const locale = program.locale;
  const plan = weekPlan(program.template, 1, program.weeks, locale);
  const first =
    group.nextCheckinAt ?? firstCheckinAt(programSchedule(program), new Date(group.createdAt)).toISOString();
  return {
    content: t(locale, 'group.welcome', {
      mentees: mentions(menteeIds),
      mentor: group.mentorId,
      program: program.name,
      schedule: scheduleSummary(locale, program),
      first: discordTime(first, 'F'),
      topic: plan.topic,
      prompts: bulletList(plan.prompts),
    }).slice(0, 2000),
    mentionUsers: [group.mentorId, ...menteeIds],
  };
}

function answerButtons(locale: string, checkinId: number, pulse: boolean): Button[][] {
  const style = { 'on-track': 'success', 'need-help': 'primary', stuck: 'danger' } as const;
  const rows: Button[][] = [
    [
      ...answerStatuses.map((status) => ({
        customId: checkinAnswerId.encode([checkinId, status]),
        label: t(locale, answerLabelKey[status]),
        style: style[status],
      })),
      { customId: checkinNoteId.encode([checkinId]), label: t(locale, 'checkin.addNote'), style: 'secondary' },
    ],
  ];
  return pulse ? [...rows, [pulseButton(locale, checkinId)]] : rows;
}

function closingButtons(locale: string, checkinId: number): Button[][] {
  return [
    [
      pulseButton(locale, checkinId),
      { customId: closingId.encode([checkinId, 'continue']), label: t(locale, 'checkin.continue'), style: 'success' },
      { customId: closingId.encode([checkinId, 'end']), label: t(locale, 'checkin.end'), style: 'danger' },
    ],
  ];
}

/**
 * The group's weekly message: one prompt (or the closing message) addressing the group, and how
 * many of its members answered, edited as answers come; never who answered, nor what.
 */
export function groupCheckinMessage({
  checkin,
  memberIds,
  answered,
  completions,
  names,
}: GroupCheckinData): OutgoingMessage {
  const { locale } = checkin;
  const members = mentions(memberIds);
  const count = t(locale, 'group.answered', { count: answered, total: memberIds.length });
  if (checkin.kind === 'closing') {
    const closing = {
      content: t(locale, 'group.closing', { members, program: checkin.programName }),
      buttons: closingButtons(locale, checkin.id),
      mentionUsers: memberIds,
      nonce: checkin.nonce,
    };
    return withCertificates(closing, checkin, completions ?? [], names);
  }
  const plan = weekPlan(checkin.template, checkin.week, checkin.weeks, locale);
  const text = t(locale, 'group.prompt', {
    members,
    week: checkin.week,
    topic: plan.topic,
    prompts: bulletList(plan.prompts),
  });
  return {
    content: `${text.slice(0, 1900)}\n\n${count}`,
    buttons: answerButtons(locale, checkin.id, asksPulse(checkin.week, checkin)),
    mentionUsers: memberIds,
    nonce: checkin.nonce,
  };
}
