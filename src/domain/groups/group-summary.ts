import type { AppContext } from '../../context.ts';
import type { AnswerStatus } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { UserFacingError } from '../errors.ts';
import { answersOf, groupWeekCheckins } from './group-checkin.repo.ts';
import { findGroupByThread, liveMembershipsOfGroup } from './group.repo.ts';

export interface MemberAnswer {
  userId: string;
  status: AnswerStatus | null;
  note: string | null;
}

/**
 * The group's latest posted check-in, member by member (status and note): for the group's
 * mentor only, inside the group's thread. Members who have left are not shown.
 */
export async function groupCheckinSummary(
  ctx: AppContext,
  actor: Actor,
  threadId: string,
): Promise<{ week: number; members: MemberAnswer[] }> {
  const group = await findGroupByThread(ctx.db, threadId);
  if (!group || group.guildId !== actor.guildId) throw new UserFacingError('error.summaryGroupOnly');
  if (actor.userId !== group.mentorId) throw new UserFacingError('error.summaryMentorOnly');
  const rows = (await groupWeekCheckins(ctx.db, group.id, group.week)).filter(
    (row) => row.status === 'posted' && row.kind === 'prompt',
  );
  if (rows.length === 0) throw new UserFacingError('error.noCheckinYet');
  const answers = await answersOf(
    ctx.db,
    rows.map((row) => row.id),
  );
  const live = new Set((await liveMembershipsOfGroup(ctx.db, group.id)).map((m) => m.id));
  const answerOf = (userId: string, checkinIds: number[]): MemberAnswer => {
    const found = answers.find((a) => a.userId === userId && checkinIds.includes(a.checkinId));
    return { userId, status: found?.status ?? null, note: found?.note ?? null };
  };
  const mentees = rows.filter((row) => live.has(row.pairingId)).map((row) => answerOf(row.menteeId, [row.id]));
  const mentor = answerOf(
    group.mentorId,
    rows.map((row) => row.id),
  );
  return { week: group.week, members: [mentor, ...mentees] };
}
