import { transact } from '../../db/transact.ts';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import type { Pairing } from './pairing.types.ts';
import { requireAdmin, type Actor } from '../actor.ts';
import { recordAudit } from '../audit.repo.ts';
import { UserFacingError } from '../errors.ts';
import { requireProgram } from '../programs/program.service.ts';
import { freeText } from '../text.ts';
import { parseInput } from '../validate.ts';
import { recordMemberGone } from './member-gone.ts';
import { partnerNotice } from './partner-notice.ts';
import { recordPairingEnd } from './pairing-end-record.ts';
import { pairingOfMember } from './pair-member.ts';
import { insertBlock, livePairingsOfMember, savePairingFeedback } from './pairing.repo.ts';
import { closeRequestsBetween } from '../requests/request-close.ts';

/*
 * The requests that end pairings: an admin's, a member's own, and a member leaving the server.
 * Each ends them with recordPairingEnd (pairing-end-record.ts).
 */

/** An admin ends a member's live pairing in a program. */
export async function endMemberPairing(
  ctx: AppContext,
  actor: Actor,
  programName: string,
  memberId: string,
  reason: string,
): Promise<Pairing[]> {
  requireAdmin(actor);
  const program = await requireProgram(ctx, actor.guildId, programName);
  const now = ctx.clock.now();
  const ended = await transact(ctx.db, async (trx) => {
    const live = await livePairingsOfMember(trx, { programId: program.id }, memberId);
    if (live.length === 0)
      throw new UserFacingError('error.noActivePairing', { user: memberId, program: program.name });
    const ended: Pairing[] = [];
    for (const { id } of live) {
      const by = { actorId: actor.userId, reason: reason.slice(0, 500), subjectId: memberId };
      const pairing = await recordPairingEnd(trx, id, by, now);
      if (pairing) ended.push(pairing);
      await recordAudit(trx, {
        guildId: actor.guildId,
        actorId: actor.userId,
        action: 'pairing.end',
        target: `pairing:${id}`,
        details: { reason },
        at: now,
      });
    }
    return ended;
  });
  ctx.outbox.kick();
  return ended;
}

const endSchema = z.object({
  block: z.boolean().default(false),
  rating: z.number().int().min(1).max(5).nullable().default(null),
  feedback: freeText({ multiline: true }).pipe(z.string().max(1000, 'error.feedbackLength')).nullable().default(null),
});

/**
 * A member ends their own pairing from its thread, with an optional rating and feedback
 * (only ever shown to admins in aggregate) and an optional block that holds server-wide.
 */
export async function endOwnPairing(
  ctx: AppContext,
  actor: Actor,
  threadId: string,
  raw: z.input<typeof endSchema>,
): Promise<{ blocked: boolean }> {
  const input = parseInput(endSchema, raw);
  const found = await pairingOfMember(ctx.db, actor, threadId);
  if (found.status === 'ended') throw new UserFacingError('error.pairingNotActive');
  // The mentor ending a group ends it for everyone: a block would name one member, so it is refused.
  if (found.groupId !== null && actor.userId === found.mentorId && input.block)
    throw new UserFacingError('error.groupMentorBlock');
  const partner = actor.userId === found.mentorId ? found.menteeId : found.mentorId;
  const now = ctx.clock.now();
  await transact(ctx.db, async (trx) => {
    const notice = (program: Parameters<typeof partnerNotice>[0], p: Pairing) =>
      partnerNotice(program, p, actor.userId, 'partner.ended');
    const pairing = await recordPairingEnd(
      trx,
      found.id,
      { actorId: actor.userId, reason: 'ended-by-member', subjectId: actor.userId, notice },
      now,
    );
    if (!pairing) throw new UserFacingError('error.pairingNotActive');
    if (input.rating !== null || input.feedback) {
      await savePairingFeedback(trx, {
        pairingId: pairing.id,
        userId: actor.userId,
        rating: input.rating,
        feedback: input.feedback || null,
        at: now.toISOString(),
      });
    }
    if (input.block) {
      await insertBlock(trx, pairing.guildId, actor.userId, partner, now.toISOString());
      await closeRequestsBetween(trx, pairing.guildId, actor.userId, partner, now);
    }
    return pairing;
  });
  ctx.outbox.kick();
  return { blocked: input.block };
}

/**
 * A member left the server (or deleted their account): their sign-ups end, their pairings
 * end, and each partner is told and goes back to waiting with priority.
 */
export async function memberGone(ctx: AppContext, guildId: string, userId: string): Promise<number> {
  const ended = await transact(ctx.db, (trx) => recordMemberGone(trx, guildId, userId, ctx.clock.now()));
  ctx.outbox.kick();
  if (ended.length) ctx.log.info('member.gone', { pairings: ended.length });
  return ended.length;
}
