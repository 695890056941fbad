import { reportCardId } from '../../custom-ids/reports.ts';
import { outcomeKey } from '../../domain/reports/report-moderation.ts';
import type { Report } from '../../domain/reports/report.types.ts';
import { escapeUserText, t, type MessageKey } from '../../i18n/index.ts';
import type { OutgoingMessage } from '../../domain/port.ts';

const statusKey: Record<Report['status'], MessageKey> = {
  open: 'report.statusOpen',
  claimed: 'report.statusClaimed',
  resolved: 'report.statusResolved',
  dismissed: 'report.statusDismissed',
};
const statusColor: Record<Report['status'], number> = {
  open: 0xed4245,
  claimed: 0xfee75c,
  resolved: 0x57f287,
  dismissed: 0x99aab5,
};

export function reportStatusLabel(locale: string, status: Report['status']): string {
  return t(locale, statusKey[status]);
}

/** "3 min", "2 h 05 min", "3 d 4 h": how long a report waited. */
export function duration(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${String(minutes % 60).padStart(2, '0')} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

/** The queue card moderators work from. Mentions inside embeds never ping. */
export function reportCard(report: Report, locale: string, programName: string | null): OutgoingMessage {
  const none = t(locale, 'report.none');
  const nobody = t(locale, 'report.nobody');
  const closed = report.status === 'resolved' || report.status === 'dismissed';
  const fields = [
    { name: t(locale, 'report.status'), value: reportStatusLabel(locale, report.status), inline: true },
    { name: t(locale, 'report.reporter'), value: `<@${report.reporterId}>`, inline: true },
    { name: t(locale, 'report.reported'), value: report.reportedId ? `<@${report.reportedId}>` : none, inline: true },
    { name: t(locale, 'report.program'), value: programName ? escapeUserText(programName) : none, inline: true },
    { name: t(locale, 'report.pairing'), value: report.pairingId ? `#${report.pairingId}` : none, inline: true },
    { name: t(locale, 'report.assignee'), value: report.assigneeId ? `<@${report.assigneeId}>` : nobody, inline: true },
    { name: t(locale, 'report.message'), value: report.messageLink ?? none },
    { name: t(locale, 'report.reason'), value: escapeUserText(report.reason).slice(0, 1024) },
  ];
  if (report.claimedAt)
    fields.push({
      name: t(locale, 'report.firstClaim'),
      value: duration(Date.parse(report.claimedAt) - Date.parse(report.createdAt)),
      inline: true,
    });
  if (report.outcome)
    fields.push({ name: t(locale, 'report.outcome'), value: t(locale, `report.outcome.${report.outcome}`) });
  return {
    embeds: [{ title: t(locale, 'report.title', { id: report.id }), fields, color: statusColor[report.status] }],
    buttons: [
      [
        {
          customId: reportCardId.encode(['claim', report.id]),
          label: t(locale, 'report.claim'),
          style: 'primary',
          disabled: report.status !== 'open',
        },
        {
          customId: reportCardId.encode(['resolve', report.id]),
          label: t(locale, 'report.resolve'),
          style: 'success',
          disabled: closed,
        },
        {
          customId: reportCardId.encode(['dismiss', report.id]),
          label: t(locale, 'report.dismiss'),
          style: 'secondary',
          disabled: closed,
        },
      ],
    ],
    nonce: `report-${report.id}`,
  };
}

/** What came of a closed report, in `locale`. */
export function outcomeText(locale: string, report: Report): string {
  return t(locale, outcomeKey(report));
}
