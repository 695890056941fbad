import { transact } from '../../db/transact.ts';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import type { Goal } from './goal.types.ts';
import type { Pairing } from '../pairings/pairing.types.ts';
import type { Actor } from '../actor.ts';
import { UserFacingError } from '../errors.ts';
import { pairingOfMember } from '../pairings/pair-member.ts';
import { freeText } from '../text.ts';
import { parseInput } from '../validate.ts';
import { goalsOfPairing, insertGoal, markGoalDone } from './goal.repo.ts';

export const MAX_OPEN_GOALS = 10;

const goalText = freeText().pipe(z.string().min(1, 'error.goalLength').max(200, 'error.goalLength'));

/** The pairing of the thread the actor is in, if they are one of its two members. */
async function ownPairing(ctx: AppContext, actor: Actor, threadId: string): Promise<Pairing> {
  const pairing = await pairingOfMember(ctx.db, actor, threadId);
  if (pairing.status === 'ended') throw new UserFacingError('error.pairingNotActive');
  return pairing;
}

/** Adds a goal to the pair's list; numbers are the pair's own (1, 2, 3 …). */
export async function addGoal(
  ctx: AppContext,
  actor: Actor,
  threadId: string,
  raw: string,
): Promise<{ goal: Goal; number: number }> {
  const text = parseInput(goalText, raw);
  const pairing = await ownPairing(ctx, actor, threadId);
  return transact(ctx.db, async (trx) => {
    const goals = await goalsOfPairing(trx, pairing.id);
    if (goals.filter((g) => g.doneAt === null).length >= MAX_OPEN_GOALS)
      throw new UserFacingError('error.tooManyGoals', { max: MAX_OPEN_GOALS });
    const goal = await insertGoal(trx, { pairingId: pairing.id, text, createdBy: actor.userId, at: ctx.clock.now() });
    return { goal, number: goals.length + 1 };
  });
}

/** Marks the pair's goal number `number` done. */
export async function completeGoal(ctx: AppContext, actor: Actor, threadId: string, number: number): Promise<Goal> {
  const pairing = await ownPairing(ctx, actor, threadId);
  const goal = (await goalsOfPairing(ctx.db, pairing.id))[number - 1];
  if (!goal) throw new UserFacingError('error.unknownGoal', { id: number });
  if (goal.doneAt) throw new UserFacingError('error.goalAlreadyDone', { id: number });
  const doneAt = ctx.clock.now().toISOString();
  await markGoalDone(ctx.db, goal.id, doneAt);
  return { ...goal, doneAt: doneAt };
}

export async function listGoals(ctx: AppContext, actor: Actor, threadId: string): Promise<Goal[]> {
  return goalsOfPairing(ctx.db, (await ownPairing(ctx, actor, threadId)).id);
}
