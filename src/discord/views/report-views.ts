import { reportsPageId } from '../../custom-ids/reports.ts';
import type { ReportStatus } from '../../db/schema.ts';
import type { Report } from '../../domain/reports/report.types.ts';
import type { OutgoingMessage } from '../../domain/port.ts';
import { duration, reportStatusLabel, outcomeText } from './report-card.ts';
import type { ReportView } from '../../domain/reports/report-moderation.ts';
import { escapeUserText, t } from '../../i18n/index.ts';
import { discordTime } from './discord-time.ts';

const when = (iso: string) => discordTime(iso, 'R');

export function reportListPage(
  locale: string,
  result: { reports: Report[]; page: number; pages: number },
  status: ReportStatus | null,
): OutgoingMessage {
  if (result.reports.length === 0) return { content: t(locale, 'report.listEmpty'), buttons: [] };
  const lines = result.reports.map((r) =>
    t(locale, 'report.listLine', {
      id: r.id,
      status: reportStatusLabel(locale, r.status),
      created: when(r.createdAt),
      reason: escapeUserText(r.reason.replace(/\s+/g, ' ').slice(0, 80)),
    }),
  );
  const key = status ?? 'all';
  const nav = [
    {
      customId: reportsPageId.encode([key, result.page - 1]),
      label: t(locale, 'match.previous'),
      style: 'secondary' as const,
      disabled: result.page === 0,
    },
    {
      customId: reportsPageId.encode([key, result.page + 1]),
      label: t(locale, 'match.next'),
      style: 'secondary' as const,
      disabled: result.page >= result.pages - 1,
    },
  ];
  return {
    content: `${lines.join('\n')}\n(${result.page + 1}/${result.pages})`.slice(0, 2000),
    buttons: result.pages > 1 ? [nav] : [],
  };
}

/** A report for a moderator: its facts, its moderator note, its pairing, the member's earlier reports, its audit trail. */
export function reportDetails(locale: string, view: ReportView): string {
  const { report, pairing, priorAboutMember, audit, program } = view;
  const none = t(locale, 'report.none');
  const lines = [
    t(locale, 'report.view', {
      id: report.id,
      status: reportStatusLabel(locale, report.status),
      created: when(report.createdAt),
    }),
    `${t(locale, 'report.program')}: ${program ? escapeUserText(program.name) : none}`,
    `${t(locale, 'report.reporter')}: <@${report.reporterId}> · ${t(locale, 'report.reported')}: ${report.reportedId ? `<@${report.reportedId}>` : none}`,
    `${t(locale, 'report.message')}: ${report.messageLink ?? none}`,
    `${t(locale, 'report.reason')}: ${escapeUserText(report.reason)}`,
    `${t(locale, 'report.assignee')}: ${report.assigneeId ? `<@${report.assigneeId}>` : none}${report.claimedAt ? ` · ${t(locale, 'report.firstClaim')} ${duration(Date.parse(report.claimedAt) - Date.parse(report.createdAt))}` : ''}`,
  ];
  if (report.status === 'resolved' || report.status === 'dismissed')
    lines.push(`${t(locale, 'report.outcome')}: ${outcomeText(locale, report)}`);
  if (report.moderatorNote) lines.push(`${t(locale, 'report.note')}: ${escapeUserText(report.moderatorNote)}`);
  if (pairing) {
    lines.push(
      t(locale, 'report.viewPairing', {
        id: pairing.id,
        mentor: pairing.mentorId,
        mentee: pairing.menteeId,
        status: t(locale, `pairingStatus.${pairing.status}`),
        thread: pairing.threadId ? ` · <#${pairing.threadId}>` : '',
      }),
    );
  }
  if (priorAboutMember.length) {
    lines.push(`**${t(locale, 'report.viewPrior')}**`);
    for (const r of priorAboutMember)
      lines.push(
        t(locale, 'report.viewPriorLine', {
          id: r.id,
          status: reportStatusLabel(locale, r.status),
          outcome: r.outcome ? t(locale, `report.outcome.${r.outcome}`) : '—',
          created: when(r.createdAt),
        }),
      );
  }
  if (audit.length) {
    lines.push(`**${t(locale, 'report.viewAudit')}**`);
    for (const entry of audit)
      lines.push(
        t(locale, 'report.viewAuditLine', {
          when: when(entry.createdAt),
          actor: entry.actorId,
          action: entry.action,
        }),
      );
  }
  return lines.join('\n').slice(0, 2000);
}
