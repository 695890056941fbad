import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import type { Pairing, Program } from '../../db/schema.ts';
import { t } from '../../i18n/index.ts';
import { requireAdmin, type Actor } from '../actor.ts';
import { recordAudit } from '../audit.repo.ts';
import { UserFacingError } from '../errors.ts';
import type { OutgoingMessage } from '../port.ts';
import { findProgram } from '../programs/program.repo.ts';
import { requireProgram } from '../programs/program.service.ts';
import { parseInput } from '../validate.ts';
import { announcePairingEnd, recordPairingEnd } from './pairing-end.ts';
import { findPairingByThread } from './pairing.repo.ts';

type NoticeKey = 'partner.ended' | 'partner.gone' | 'partner.left';

/** What the remaining partner reads: that it ended, and where they stand now. Nothing more. */
export function partnerNotice(program: Program, pairing: Pairing, leaverId: string, key: NoticeKey): OutgoingMessage {
  const partner = pairing.mentor_id === leaverId ? pairing.mentee_id : pairing.mentor_id;
  const next = partner === pairing.mentee_id ? t(program.locale, 'partner.leftMentee', { program: program.name }) : t(program.locale, 'partner.leftMentor');
  return { content: `<@${partner}> ${t(program.locale, key, { next })}`, mentionUsers: [partner] };
}

/** An admin ends a member's live pairing in a program. */
export async function endMemberPairing(ctx: AppContext, actor: Actor, programName: string, memberId: string, reason: string): Promise<Pairing[]> {
  requireAdmin(actor);
  const program = await requireProgram(ctx, actor.guildId, programName);
  const now = ctx.clock.now();
  const ended = await ctx.db.transaction().execute(async (trx) => {
    const live = await trx
      .selectFrom('pairings')
      .select('id')
      .where('program_id', '=', program.id)
      .where('status', '<>', 'ended')
      .where((eb) => eb.or([eb('mentor_id', '=', memberId), eb('mentee_id', '=', memberId)]))
      .execute();
    if (live.length === 0) throw new UserFacingError('error.noActivePairing', { user: memberId, program: program.name });
    const ended: Pairing[] = [];
    for (const { id } of live) {
      const pairing = await recordPairingEnd(trx, id, { actorId: actor.userId, reason: reason.slice(0, 500) }, now);
      if (pairing) ended.push(pairing);
      await recordAudit(trx, { guildId: actor.guildId, actorId: actor.userId, action: 'pairing.end', target: `pairing:${id}`, details: { reason }, at: now });
    }
    return ended;
  });
  for (const pairing of ended) await announcePairingEnd(ctx, pairing);
  return ended;
}

const endSchema = z.object({
  block: z.boolean().default(false),
  rating: z.number().int().min(1).max(5).nullable().default(null),
  feedback: z.string().trim().max(1000, 'error.feedbackLength').nullable().default(null),
});

/**
 * A member ends their own pairing from its thread, with an optional rating and feedback
 * (only ever shown to admins in aggregate) and an optional block that holds server-wide.
 */
export async function endOwnPairing(ctx: AppContext, actor: Actor, threadId: string, raw: z.input<typeof endSchema>): Promise<{ blocked: boolean }> {
  const input = parseInput(endSchema, raw);
  const found = await findPairingByThread(ctx.db, threadId);
  if (!found) throw new UserFacingError('error.notInPairThread');
  if (actor.userId !== found.mentor_id && actor.userId !== found.mentee_id) throw new UserFacingError('error.notYourPair');
  if (found.status === 'ended') throw new UserFacingError('error.pairingNotActive');
  const partner = actor.userId === found.mentor_id ? found.mentee_id : found.mentor_id;
  const now = ctx.clock.now();
  const ended = await ctx.db.transaction().execute(async (trx) => {
    const pairing = await recordPairingEnd(trx, found.id, { actorId: actor.userId, reason: 'ended-by-member' }, now);
    if (!pairing) throw new UserFacingError('error.pairingNotActive');
    if (input.rating !== null || input.feedback) {
      await trx
        .insertInto('pairing_feedback')
        .values({ pairing_id: pairing.id, user_id: actor.userId, rating: input.rating, feedback: input.feedback || null, created_at: now.toISOString() })
        .onConflict((oc) => oc.columns(['pairing_id', 'user_id']).doUpdateSet({ rating: input.rating, feedback: input.feedback || null }))
        .execute();
    }
    if (input.block) {
      await trx
        .insertInto('blocks')
        .values({ guild_id: pairing.guild_id, blocker_id: actor.userId, blocked_id: partner, created_at: now.toISOString() })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    return pairing;
  });
  const program = (await findProgram(ctx.db, ended.program_id)) as Program;
  await announcePairingEnd(ctx, ended, partnerNotice(program, ended, actor.userId, 'partner.ended'));
  return { blocked: input.block };
}

/**
 * A member left the server (or deleted their account): their sign-ups end, their pairings
 * end, and each partner is told and goes back to waiting with priority.
 */
export async function memberGone(ctx: AppContext, guildId: string, userId: string): Promise<number> {
  const now = ctx.clock.now();
  const ended = await ctx.db.transaction().execute(async (trx) => {
    const live = await trx
      .selectFrom('pairings')
      .select('id')
      .where('guild_id', '=', guildId)
      .where('status', '<>', 'ended')
      .where((eb) => eb.or([eb('mentor_id', '=', userId), eb('mentee_id', '=', userId)]))
      .execute();
    await trx.updateTable('signups').set({ status: 'withdrawn', updated_at: now.toISOString() }).where('guild_id', '=', guildId).where('user_id', '=', userId).where('status', 'in', ['waiting', 'paired']).execute();
    const ended: Pairing[] = [];
    for (const { id } of live) {
      const pairing = await recordPairingEnd(trx, id, { actorId: userId, reason: 'member-gone', leaverId: userId }, now);
      if (pairing) ended.push(pairing);
    }
    return ended;
  });
  for (const pairing of ended) {
    const program = (await findProgram(ctx.db, pairing.program_id)) as Program;
    await announcePairingEnd(ctx, pairing, partnerNotice(program, pairing, userId, 'partner.gone'));
  }
  if (ended.length) ctx.log.info('member.gone', { pairings: ended.length });
  return ended.length;
}
