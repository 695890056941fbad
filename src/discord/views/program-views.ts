import type { ProgramSummary } from '../../domain/programs/program.service.ts';
import type { Program } from '../../domain/programs/program.types.ts';
import type { Embed } from '../../domain/port.ts';
import type { Attention, ProgramStats } from '../../domain/programs/program-stats.ts';
import { scheduleSummary, templateName } from './program-text.ts';
import { t } from '../../i18n/index.ts';
import { discordTime } from './discord-time.ts';

const when = (iso: string) => discordTime(iso, 'R');

export interface ProgramCounts {
  mentors: number;
  mentees: number;
  waiting: number;
  active: number;
}

/** The program's state as an admin reads it: an open program whose sign-ups were closed no longer reads "open". */
export function programStatusText(locale: string, program: Program): string {
  if (program.status === 'open' && !program.signupsOpen) return t(locale, 'status.signupsClosed');
  return t(locale, `status.${program.status}`);
}

/** `retentionDays`: RETENTION_DAYS, how long members' text outlives a pairing (0 or unset: forever). */
export function programInfoEmbed(
  locale: string,
  program: Program,
  counts: ProgramCounts,
  retentionDays?: number,
): Embed {
  return {
    title: t(locale, 'program.info', {
      program: program.name,
      template: templateName(locale, program),
      status: programStatusText(locale, program),
    }).replace(/\*\*/g, ''),
    fields: [
      {
        name: t(locale, 'program.infoSignups'),
        value: t(locale, program.signupsOpen ? 'program.infoSignupsOpen' : 'program.infoSignupsClosed'),
        inline: true,
      },
      { name: t(locale, 'program.infoCapacity'), value: String(program.mentorCapacity), inline: true },
      { name: t(locale, 'program.infoFormat'), value: t(locale, `format.${program.format}`), inline: true },
      {
        name: t(locale, 'program.infoMatching'),
        value: t(locale, 'program.infoMatchingValue', {
          mode: t(locale, `matching.${program.matching}`),
          days: program.requestDays,
        }),
        inline: true,
      },
      {
        name: t(locale, 'program.infoModerators'),
        value: program.moderatorRoleId ? `<@&${program.moderatorRoleId}>` : t(locale, 'program.infoModeratorsDefault'),
        inline: true,
      },
      {
        name: t(locale, 'program.infoCompletionRole'),
        value: program.completionRoleId
          ? `<@&${program.completionRoleId}>`
          : t(locale, 'program.infoCompletionRoleNone'),
        inline: true,
      },
      {
        name: t(locale, 'program.infoChannels'),
        value: t(locale, 'program.infoChannelsValue', {
          pairs: program.pairChannelId,
          reports: program.reportChannelId,
        }),
      },
      { name: t(locale, 'program.infoSchedule'), value: scheduleSummary(locale, program) },
      {
        name: t(locale, 'program.infoPulse'),
        value:
          program.pulseWeek > 0
            ? t(locale, 'program.infoPulseWeek', { week: program.pulseWeek })
            : t(locale, 'program.infoPulseOff'),
        inline: true,
      },
      { name: t(locale, 'program.infoPeople'), value: t(locale, 'program.infoPeopleValue', { ...counts }) },
      {
        name: t(locale, 'program.infoRetention'),
        // What the bot erases is its database: the thread's messages are Discord's, said so.
        value: retentionDays
          ? `${t(locale, 'program.infoRetentionDays', { days: retentionDays })} ${t(locale, 'program.infoRetentionThreads')}`
          : t(locale, 'program.infoRetentionKept'),
      },
    ],
    description: t(locale, 'program.infoCreated', { user: program.createdBy, when: when(program.createdAt) }),
  };
}

function attentionLine(locale: string, item: Attention): string {
  const { reason } = item;
  const why =
    reason.kind === 'silent'
      ? t(locale, 'stats.attentionSilent')
      : reason.kind === 'paused'
        ? t(locale, 'stats.attentionPaused', { reason: reason.reason })
        : reason.kind === 'pulse'
          ? t(locale, 'stats.attentionPulse')
          : t(locale, reason.kind === 'help' ? 'stats.attentionHelp' : 'stats.attentionStuck', { week: reason.week });
  return t(locale, 'stats.attentionLine', {
    pairing: item.pairingId,
    mentor: item.mentorId,
    mentee: item.menteeId,
    why,
  });
}

/** Keeps a field under Discord's 1,024 characters, saying how many lines were left out. */
function fieldValue(lines: string[], empty: string): string {
  if (lines.length === 0) return empty;
  const kept: string[] = [];
  for (const line of lines) {
    if ([...kept, line].join('\n').length > 980) break;
    kept.push(line);
  }
  return kept.length < lines.length ? `${kept.join('\n')}\n… +${lines.length - kept.length}` : kept.join('\n');
}

export function programStatsEmbed(locale: string, stats: ProgramStats): Embed {
  const none = t(locale, 'stats.none');
  const rates = stats.weeks.map((w) =>
    t(locale, 'stats.answerRateLine', {
      week: w.week,
      rate: Math.round((100 * w.answers) / w.expected),
      answers: w.answers,
      expected: w.expected,
    }),
  );
  return {
    title: t(locale, 'stats.title', { program: stats.program.name }),
    fields: [
      {
        name: t(locale, 'stats.signups'),
        value: t(locale, 'stats.signupsValue', { mentors: stats.signups.mentor, mentees: stats.signups.mentee }),
        inline: true,
      },
      {
        name: t(locale, 'stats.waiting'),
        value: t(locale, 'stats.waitingValue', { mentors: stats.waiting.mentor, mentees: stats.waiting.mentee }),
        inline: true,
      },
      { name: t(locale, 'stats.pairs'), value: t(locale, 'stats.pairsValue', { ...stats.pairs }), inline: true },
      { name: t(locale, 'stats.answerRate'), value: fieldValue(rates, t(locale, 'stats.noCheckins')) },
      {
        name: t(locale, 'stats.attention'),
        value: fieldValue(
          [
            ...stats.attention.map((a) => attentionLine(locale, a)),
            ...stats.groupAttention.map((g) =>
              t(locale, 'stats.attentionGroupPulse', { group: g.groupId, mentor: g.mentorId }),
            ),
          ],
          none,
        ),
      },
      { name: t(locale, 'stats.openReports'), value: String(stats.openReports), inline: true },
      {
        name: t(locale, 'stats.rating'),
        value: stats.rating
          ? t(locale, 'stats.ratingValue', { rating: stats.rating.average.toFixed(1), count: stats.rating.count })
          : t(locale, 'stats.noRatings'),
        inline: true,
      },
    ],
  };
}

/** /program list: each program with its template, status, open sign-ups and counts. */
export function programListText(locale: string, summaries: readonly ProgramSummary[]): string {
  const lines = summaries.map(({ program, mentors, mentees }) =>
    t(locale, 'program.listLine', {
      program: program.name,
      template: templateName(locale, program),
      status: t(locale, `status.${program.status}`),
      signups: program.signupsOpen ? t(locale, 'program.signupsOpenTag') : '',
      mentors,
      mentees,
    }),
  );
  if (lines.length === 0) return t(locale, 'program.listEmpty');
  return `**${t(locale, 'program.listTitle')}**\n${lines.join('\n')}`.slice(0, 2000);
}

/** /program open's answer: where the sign-up panel is. */
export function programOpenedText(locale: string, program: Program): string {
  return t(locale, 'program.opened', { program: program.name, channel: program.pairChannelId });
}
