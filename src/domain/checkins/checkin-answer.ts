import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import type { AnswerStatus } from '../../db/schema.ts';
import type { Checkin } from './checkin.types.ts';
import type { Pairing } from '../pairings/pairing.types.ts';
import type { Actor } from '../actor.ts';
import { UserFacingError } from '../errors.ts';
import { requireOneOfPair } from '../pairings/pair-member.ts';
import { endOwnPairing } from '../pairings/pairing-end.service.ts';
import { findPairing, findPairingByThread } from '../pairings/pairing.repo.ts';
import { freeText } from '../text.ts';
import { parseInput } from '../validate.ts';
import { clearStallNotified, findCheckin, latestPostedCheckin, markPairingContinued } from './checkin.repo.ts';
import { answerNote, setAnswerNote, upsertAnswer } from './checkin-answer.repo.ts';
import { answerRows, groupCheckinOfMember, refreshGroupCount } from '../groups/group-answer.ts';
import { findGroupByThread } from '../groups/group.repo.ts';

const answerSchema = z.object({
  status: z.enum(['on-track', 'need-help', 'stuck']),
  note: freeText({ multiline: true }).pipe(z.string().max(500, 'error.noteLength')).nullable().default(null),
});

export interface AnswerTarget {
  /** The check-in a button belongs to; when absent, the latest posted one of the thread. */
  checkinId?: number;
  threadId: string;
}

/** The check-in and its pairing, if the actor is one of the pair's two members. */
export async function checkinOfMember(
  ctx: AppContext,
  actor: Actor,
  target: AnswerTarget,
): Promise<{ checkin: Checkin; pairing: Pairing }> {
  const group = await findGroupByThread(ctx.db, target.threadId);
  if (group) return groupCheckinOfMember(ctx, actor, group, target.checkinId);
  const checkin =
    target.checkinId !== undefined
      ? await checkinFromButton(ctx, target.checkinId, target.threadId)
      : await latestInThread(ctx, target.threadId);
  const pairing = await findPairing(ctx.db, checkin.pairingId);
  if (!pairing || pairing.guildId !== actor.guildId) throw new UserFacingError('error.staleButton');
  requireOneOfPair(actor, pairing);
  if (pairing.status !== 'active') throw new UserFacingError('error.pairingNotActive');
  return { checkin, pairing };
}

/** Records (or changes) the actor's answer to a check-in. Only the pair's two members may answer. */
export async function answerCheckin(
  ctx: AppContext,
  actor: Actor,
  target: AnswerTarget,
  raw: { status: string; note?: string | null },
): Promise<{ checkin: Checkin; status: AnswerStatus }> {
  const input = parseInput(answerSchema, raw);
  const { checkin, pairing } = await checkinOfMember(ctx, actor, target);
  const existingNote = await answerNote(ctx.db, checkin.id, actor.userId);
  for (const row of await answerRows(ctx, actor, pairing, checkin)) {
    await clearStallNotified(ctx.db, row.pairingId);
    await upsertAnswer(ctx.db, {
      checkinId: row.id,
      userId: actor.userId,
      status: input.status,
      note: input.note ?? existingNote ?? null,
      at: ctx.clock.now(),
    });
  }
  await refreshGroupCount(ctx, pairing, checkin);
  return { checkin, status: input.status };
}

/** Adds a note to the actor's answer (through the prompt's "Add a note" button). */
export async function noteCheckin(
  ctx: AppContext,
  actor: Actor,
  target: AnswerTarget & { checkinId: number },
  rawNote: string,
): Promise<Checkin> {
  const note = parseInput(answerSchema.shape.note, rawNote);
  const { checkin, pairing } = await checkinOfMember(ctx, actor, target);
  if (!(await setAnswerNote(ctx.db, checkin.id, actor.userId, note))) throw new UserFacingError('error.answerFirst');
  for (const row of await answerRows(ctx, actor, pairing, checkin))
    await setAnswerNote(ctx.db, row.id, actor.userId, note);
  return checkin;
}

/** The closing message's buttons: going on informally, or ending the pairing (its rating is the pulse form). */
export async function closingChoice(
  ctx: AppContext,
  actor: Actor,
  target: AnswerTarget & { checkinId: number },
  choice: string,
): Promise<{ continued?: boolean; ended?: boolean }> {
  const { checkin, pairing } = await checkinOfMember(ctx, actor, target);
  if (checkin.kind !== 'closing') throw new UserFacingError('error.staleButton');
  const now = ctx.clock.now();
  // A group's mentor goes on with every membership the closing message asked.
  const pairingIds = (await answerRows(ctx, actor, pairing, checkin)).map((row) => row.pairingId);
  if (choice === 'continue') {
    for (const pairingId of pairingIds) await markPairingContinued(ctx.db, pairingId, now);
    return { continued: true };
  }
  if (choice === 'end') {
    await endOwnPairing(ctx, actor, target.threadId, {});
    return { ended: true };
  }
  throw new UserFacingError('error.staleButton');
}

async function checkinFromButton(ctx: AppContext, checkinId: number, threadId: string): Promise<Checkin> {
  const checkin = await findCheckin(ctx.db, checkinId);
  const pairing = checkin && (await findPairing(ctx.db, checkin.pairingId));
  if (!checkin || pairing?.threadId !== threadId) throw new UserFacingError('error.staleButton');
  return checkin;
}

async function latestInThread(ctx: AppContext, threadId: string): Promise<Checkin> {
  const pairing = await findPairingByThread(ctx.db, threadId);
  if (!pairing) throw new UserFacingError('error.notInPairThread');
  const checkin = await latestPostedCheckin(ctx.db, pairing.id);
  if (!checkin || checkin.kind !== 'prompt') throw new UserFacingError('error.noCheckinYet');
  return checkin;
}
