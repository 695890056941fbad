import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { transact } from '../../db/transact.ts';
import type { Actor } from '../actor.ts';
import { UserFacingError } from '../errors.ts';
import { availableHoursSchema } from '../meetings/available-hours.ts';
import { findProgramByName } from '../programs/program.repo.ts';
import { timeZoneSchema } from '../programs/program.input.ts';
import type { Program } from '../programs/program.types.ts';
import { parseInput } from '../validate.ts';
import { updateMemberSettings } from './member-settings.repo.ts';
import { findSignup } from './signup.repo.ts';
import type { Signup } from './signup.types.ts';

const settingsSchema = z.object({
  timezone: timeZoneSchema.optional(),
  availableHours: availableHoursSchema.optional(),
});

/**
 * A member sets their time zone and the local hours they can meet, in a program they signed up
 * to (waiting or paired). Both are checked before anything changes; `/meet` reads them.
 */
export async function setMemberSettings(
  ctx: AppContext,
  actor: Actor,
  programName: string,
  raw: { timezone: string | null; availableHours: string | null },
): Promise<{ program: Program; signup: Signup }> {
  const input = parseInput(settingsSchema, {
    timezone: raw.timezone ?? undefined,
    availableHours: raw.availableHours ?? undefined,
  });
  if (input.timezone === undefined && input.availableHours === undefined)
    throw new UserFacingError('error.nothingToSet');
  const now = ctx.clock.now().toISOString();
  return transact(ctx.db, async (trx) => {
    const program = await findProgramByName(trx, actor.guildId, programName);
    if (!program) throw new UserFacingError('error.unknownProgram');
    const signup = await findSignup(trx, program.id, actor.userId);
    if (!signup || (signup.status !== 'waiting' && signup.status !== 'paired'))
      throw new UserFacingError('error.notSignedUp', { program: program.name });
    return { program, signup: await updateMemberSettings(trx, signup.id, { ...input, updatedAt: now }) };
  });
}
