import { calendarFile } from '../../domain/meetings/ics.ts';
import type { MemberSchedule } from '../../domain/meetings/meeting.service.ts';
import type { MeetingConfirmedData } from '../../domain/meetings/meeting-confirmed.ts';
import type { Meeting, MeetingProposal } from '../../domain/meetings/meeting.types.ts';
import type { OutgoingMessage } from '../../domain/port.ts';
import { meetPickId, meetWithdrawId } from '../../custom-ids/meet.ts';
import { t } from '../../i18n/index.ts';

const unix = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/** The proposal posted in the thread: the times as Discord timestamps, a button per time and Withdraw. */
export function proposalMessage(
  locale: string,
  proposal: MeetingProposal,
  partnerId: string,
  members: readonly MemberSchedule[],
): OutgoingMessage {
  const lines = [
    t(locale, 'meet.proposed', { partner: partnerId, proposer: proposal.proposerId }),
    ...proposal.slots.map((slot, i) => t(locale, 'meet.slot', { n: i + 1, at: unix(slot) })),
    ...members.filter((m) => m.zoneAssumed).map((m) => t(locale, 'meet.zoneAssumed', { user: m.userId })),
  ];
  return {
    content: lines.join('\n'),
    mentionUsers: [partnerId],
    buttons: [
      [
        ...proposal.slots.map((_, i) => ({
          customId: meetPickId.encode([proposal.id, i]),
          label: t(locale, 'meet.pick', { n: i + 1 }),
          style: 'primary' as const,
        })),
        {
          customId: meetWithdrawId.encode([proposal.id]),
          label: t(locale, 'meet.withdraw'),
          style: 'secondary' as const,
        },
      ],
    ],
  };
}

/** The proposal once a time is picked: which one, without buttons. */
export function pickedText(locale: string, proposal: MeetingProposal, meeting: Meeting): string {
  return t(locale, 'meet.pickedHeader', {
    proposer: proposal.proposerId,
    picker: meeting.pickedBy,
    at: unix(meeting.startsAt),
  });
}

export function confirmationText(locale: string, proposal: MeetingProposal, meeting: Meeting): string {
  return t(locale, 'meet.confirmed', {
    proposer: proposal.proposerId,
    picker: meeting.pickedBy,
    at: unix(meeting.startsAt),
  });
}

/** The confirmation in the thread, sent by the outbox: it mentions the proposer and brings the calendar file. */
export function meetingConfirmation({ meeting, proposal, program }: MeetingConfirmedData): OutgoingMessage {
  const ics = meetingCalendar(program.locale, meeting, program.name);
  return {
    content: confirmationText(program.locale, proposal, meeting),
    mentionUsers: [proposal.proposerId],
    files: [{ name: 'meeting.ics', data: Buffer.from(ics, 'utf8') }],
  };
}

/** The meeting's calendar file: its UID is the meeting's, so importing it again updates one event. */
function meetingCalendar(locale: string, meeting: Meeting, programName: string): string {
  return calendarFile({
    uid: `meeting-${meeting.id}@mentorship-bot`,
    start: new Date(meeting.startsAt),
    end: new Date(meeting.endsAt),
    stamp: new Date(meeting.createdAt),
    summary: t(locale, 'meet.summary', { program: programName }),
    description: t(locale, 'meet.description', { program: programName }),
  });
}
