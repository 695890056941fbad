import type { Transaction } from 'kysely';
import { transact } from '../../db/transact.ts';
import type { DB } from '../../db/schema.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../actor.ts';
import { UserFacingError } from '../errors.ts';
import { findGroup, liveMembershipsOfGroup } from '../groups/group.repo.ts';
import type { PairGroup } from '../groups/group.types.ts';
import { groupChain, notice, pairingChain, recordEffects, type Notice, type ThreadTarget } from '../outbox/effect.ts';
import { pairingOfMember } from '../pairings/pair-member.ts';
import type { Pairing } from '../pairings/pairing.types.ts';
import { getProgram } from '../programs/program.repo.ts';
import type { Program } from '../programs/program.types.ts';
import { pauseGroupCheckins, pauseMembershipCheckins, pausePairingCheckins } from './checkin-pause.repo.ts';
import { nextSlotAfter, programSchedule } from './schedule.ts';

const WEEK_MS = 7 * 86_400_000;
export const MAX_PAUSE_WEEKS = 4;

export interface CheckinPause {
  /** Whose check-ins wait: the pair's, the whole group's, or one group member's. */
  scope: 'pair' | 'group' | 'member';
  /** When the pause ends. */
  until: string;
  /** The pair's or group's first check-in after it; a group member's is the group's next one after `until`. */
  nextAt: string | null;
}

interface PauseRequest {
  actor: Actor;
  program: Program;
  weeks: number;
  until: Date;
}

/**
 * A pair member pauses their pairing's check-ins for 1 to 4 weeks: no prompt, reminder or
 * silence flag until it ends, and the week counter waits, so a pause is never a missed week.
 * Check-ins come back on their own at the first slot after it; the partner is told in the
 * thread. Pausing again starts a new pause from now. In a group, the mentor pauses the whole
 * group; a mentee pauses only themselves, and the group's check-ins go on without them.
 */
export async function pauseCheckins(
  ctx: AppContext,
  actor: Actor,
  threadId: string,
  weeks: number,
): Promise<CheckinPause> {
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_PAUSE_WEEKS)
    throw new UserFacingError('error.pauseWeeks', { max: MAX_PAUSE_WEEKS });
  const now = ctx.clock.now();
  const pause = await transact(ctx.db, async (trx) => {
    const pairing = await pairingOfMember(trx, actor, threadId);
    const program = await getProgram(trx, pairing.programId);
    const request = { actor, program, weeks, until: new Date(now.getTime() + weeks * WEEK_MS) };
    const group = pairing.groupId === null ? undefined : await findGroup(trx, pairing.groupId);
    if (group && group.mentorId === actor.userId) return pauseGroup(trx, now, group, request);
    if (pairing.status !== 'active') throw new UserFacingError('error.pairingNotActive');
    if (group) return pauseMember(trx, now, group, pairing, request);
    return pausePair(trx, now, pairing, request);
  });
  ctx.outbox.kick();
  return pause;
}

/** The first slot after the pause, never earlier than the one already planned. */
function slotAfter(program: Program, until: Date, planned: string): string {
  const slot = nextSlotAfter(programSchedule(program), until).toISOString();
  return slot > planned ? slot : planned;
}

async function pausePair(trx: Transaction<DB>, now: Date, pairing: Pairing, request: PauseRequest) {
  if (pairing.nextCheckinAt === null) throw new UserFacingError('error.noCheckinsToPause');
  const until = request.until.toISOString();
  const nextAt = slotAfter(request.program, request.until, pairing.nextCheckinAt);
  if (!(await pausePairingCheckins(trx, pairing.id, pairing.nextCheckinAt, { until, nextAt })))
    throw new UserFacingError('error.conflict');
  const partner = pairing.mentorId === request.actor.userId ? pairing.menteeId : pairing.mentorId;
  await tell(trx, now, pairing.guildId, { pairingThread: pairing.id }, pairingChain(pairing.id), until, {
    locale: request.program.locale,
    key: 'pause.notice',
    params: { member: request.actor.userId, weeks: request.weeks, next: unixSeconds(nextAt) },
    addressed: [partner],
    mentionUsers: [request.actor.userId],
  });
  return { scope: 'pair' as const, until, nextAt };
}

async function pauseGroup(trx: Transaction<DB>, now: Date, group: PairGroup, request: PauseRequest) {
  if (group.status !== 'active') throw new UserFacingError('error.pairingNotActive');
  if (group.nextCheckinAt === null) throw new UserFacingError('error.noCheckinsToPause');
  const until = request.until.toISOString();
  const nextAt = slotAfter(request.program, request.until, group.nextCheckinAt);
  if (!(await pauseGroupCheckins(trx, group.id, group.nextCheckinAt, { until, nextAt })))
    throw new UserFacingError('error.conflict');
  const mentees = (await liveMembershipsOfGroup(trx, group.id)).map((m) => m.menteeId);
  await tell(trx, now, group.guildId, { groupThread: group.id }, groupChain(group.id), until, {
    locale: request.program.locale,
    key: 'pause.groupNotice',
    params: { member: request.actor.userId, weeks: request.weeks, next: unixSeconds(nextAt) },
    addressed: mentees,
    mentionUsers: [request.actor.userId],
  });
  return { scope: 'group' as const, until, nextAt };
}

async function pauseMember(trx: Transaction<DB>, now: Date, group: PairGroup, pairing: Pairing, request: PauseRequest) {
  if (group.nextCheckinAt === null) throw new UserFacingError('error.noCheckinsToPause');
  const until = request.until.toISOString();
  if (!(await pauseMembershipCheckins(trx, pairing.id, until))) throw new UserFacingError('error.conflict');
  await tell(trx, now, group.guildId, { groupThread: group.id }, groupChain(group.id), until, {
    locale: request.program.locale,
    key: 'pause.memberNotice',
    params: { member: request.actor.userId, weeks: request.weeks, until: unixSeconds(until) },
    addressed: [group.mentorId],
    mentionUsers: [request.actor.userId],
  });
  return { scope: 'member' as const, until, nextAt: null };
}

/** The thread's notice of a pause, once per pause. */
async function tell(
  trx: Transaction<DB>,
  now: Date,
  guildId: string,
  target: ThreadTarget,
  chain: string,
  until: string,
  message: Notice,
): Promise<void> {
  const key = `checkin-pause:${chain}:${message.mentionUsers?.[0]}:${until}`;
  await recordEffects(trx, now, [{ guildId, key, chain, effect: { kind: 'post', target, message: notice(message) } }]);
}

const unixSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);
