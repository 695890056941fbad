import { transact } from '../../db/transact.ts';
import type { AppContext } from '../../context.ts';
import type { Report } from './report.types.ts';
import type { Program } from '../programs/program.types.ts';
import type { Actor } from '../actor.ts';
import { UserFacingError } from '../errors.ts';
import { recordPause } from '../pairings/pairing-pause.ts';
import { findGroupByThread, membershipOfReport } from '../groups/group.repo.ts';
import { findPairingByThread } from '../pairings/pairing.repo.ts';
import { findProgram, newestProgram, newestProgramSignedUpBy } from '../programs/program.repo.ts';
import { parseInput } from '../validate.ts';
import {
  MAX_OPEN_REPORTS,
  parseMessageLink,
  refuseImpossibleSubject,
  reportSchema,
  type ReportInput,
} from './report.input.ts';
import { notice, pairingChain, recordEffects } from '../outbox/effect.ts';
import { cardPostEffect } from './report-queue.ts';
import { countOpenReportsBy, insertReport } from './report.repo.ts';

/**
 * The program whose queue receives a report: the pair thread's program, else the newest
 * program the reporter signed up to, else the server's newest program.
 */
async function queueProgram(ctx: AppContext, actor: Actor, pairingProgramId: number | null): Promise<Program> {
  if (pairingProgramId !== null) {
    const program = await findProgram(ctx.db, pairingProgramId);
    if (program) return program;
  }
  const mine = await newestProgramSignedUpBy(ctx.db, actor.guildId, actor.userId);
  const program = mine ?? (await newestProgram(ctx.db, actor.guildId));
  if (!program) throw new UserFacingError('error.noReportChannel');
  return program;
}

export interface FileOptions {
  /** Flag the partner: the pairing of the thread pauses at once while moderators look. */
  pause?: boolean;
}

/**
 * Saves a report and, in the same transaction, the effects that post its card to the
 * moderators' queue (and, with `pause`, the pairing's pause notice and lock). Nothing about
 * the report appears in the pair thread; with `pause`, the thread only reads that the
 * pairing is paused.
 */
export async function fileReport(
  ctx: AppContext,
  actor: Actor,
  channelId: string,
  raw: ReportInput,
  options: FileOptions = {},
): Promise<Report> {
  const input = parseInput(reportSchema, raw);
  if (input.messageLink) {
    const link = parseMessageLink(input.messageLink);
    if (!link) throw new UserFacingError('error.badMessageLink');
    if (link.guildId !== actor.guildId) throw new UserFacingError('error.linkOutsideServer');
  }
  refuseImpossibleSubject(input, actor.userId);
  const group = await findGroupByThread(ctx.db, channelId);
  const pairing = group
    ? await membershipOfReport(ctx.db, group, actor.userId, input.reportedId)
    : await findPairingByThread(ctx.db, channelId);
  const member =
    pairing && (pairing.mentorId === actor.userId || pairing.menteeId === actor.userId) ? pairing : undefined;
  if (options.pause && (!member || member.status !== 'active')) throw new UserFacingError('error.pauseOutsideThread');
  const program = await queueProgram(ctx, actor, pairing?.programId ?? null);
  const now = ctx.clock.now().toISOString();
  const report = await transact(ctx.db, async (trx) => {
    if ((await countOpenReportsBy(trx, actor.guildId, actor.userId)) >= MAX_OPEN_REPORTS)
      throw new UserFacingError('error.tooManyReports');
    const paused = options.pause && member ? await recordPause(trx, member.id, 'report') : false;
    const report = await insertReport(trx, {
      guildId: actor.guildId,
      programId: program.id,
      pairingId: pairing?.id ?? null,
      reporterId: actor.userId,
      reportedId:
        input.reportedId ??
        (options.pause && member ? (member.mentorId === actor.userId ? member.menteeId : member.mentorId) : null),
      messageLink: input.messageLink,
      reason: input.reason,
      status: 'open',
      pausedPairing: Boolean(options.pause),
      queueChannelId: program.reportChannelId,
      createdAt: now,
    });
    const effects = [cardPostEffect(report)];
    // A group's thread reads nothing of it: the paused membership just drops out of the check-ins.
    if (paused && member && member.groupId === null) {
      const chain = pairingChain(member.id);
      const thread = { pairingThread: member.id };
      effects.push(
        {
          guildId: actor.guildId,
          key: `pause-notice:${report.id}`,
          chain,
          effect: {
            kind: 'post',
            target: thread,
            message: notice({ locale: program.locale, key: 'report.pairingPaused' }),
          },
        },
        {
          guildId: actor.guildId,
          key: `pause-lock:${report.id}`,
          chain,
          effect: { kind: 'thread-state', target: thread, state: { locked: true } },
        },
      );
    }
    await recordEffects(trx, ctx.clock.now(), effects);
    return report;
  });
  ctx.outbox.kick();
  return report;
}
