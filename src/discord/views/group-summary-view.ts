import type { MemberAnswer } from '../../domain/groups/group-summary.ts';
import { escapeUserText, t } from '../../i18n/index.ts';
import { answerLabelKey } from './checkin-message.ts';

/** The mentor's private view of the group's latest check-in: each member's status and note. */
export function groupSummaryText(locale: string, summary: { week: number; members: MemberAnswer[] }): string {
  const lines = summary.members.flatMap((member) => {
    const status = member.status ? t(locale, answerLabelKey[member.status]) : t(locale, 'group.summaryNone');
    const line = t(locale, 'group.summaryLine', { user: member.userId, status });
    return member.note ? [line, t(locale, 'group.summaryNote', { note: escapeUserText(member.note) })] : [line];
  });
  return [t(locale, 'group.summaryTitle', { week: summary.week }), ...lines].join('\n').slice(0, 2000);
}
