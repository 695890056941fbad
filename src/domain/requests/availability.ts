import type { AppContext } from '../../context.ts';
import type { Availability } from '../../db/schema.ts';
import { transact } from '../../db/transact.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.repo.ts';
import { instantOf, isValidTimeZone } from '../checkins/zoned-time.ts';
import { UserFacingError } from '../errors.ts';
import { findProgramByName } from '../programs/program.repo.ts';
import type { Program } from '../programs/program.types.ts';
import { findSignup, setSignupAvailability } from '../signups/signup.repo.ts';
import { declineRequestsToMentor } from './request-close.ts';

const YEAR_MS = 366 * 86_400_000;

/** `YYYY-MM-DD` as the start of that day in the mentor's time zone (UTC if none): a future date within a year. */
export function awayUntilOf(date: string, timeZone: string | null, now: Date): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!match) throw new UserFacingError('error.badAwayDate');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) throw new UserFacingError('error.badAwayDate');
  const zone = timeZone && isValidTimeZone(timeZone) ? timeZone : 'UTC';
  const at = instantOf(year, month, day, 0, zone);
  if (at.getTime() <= now.getTime() || at.getTime() > now.getTime() + YEAR_MS)
    throw new UserFacingError('error.badAwayDate');
  return at.toISOString();
}

/**
 * A mentor says whether they take requests and suggestions: `full` and `away` hide them and
 * decline their open requests neutrally; `away` with a date counts as open again from then.
 */
export async function setAvailability(
  ctx: AppContext,
  actor: Actor,
  programName: string,
  status: Availability,
  until: string | null,
): Promise<{ program: Program; awayUntil: string | null }> {
  const now = ctx.clock.now();
  if (until !== null && status !== 'away') throw new UserFacingError('error.untilOnlyAway');
  const result = await transact(ctx.db, async (trx) => {
    const program = await findProgramByName(trx, actor.guildId, programName);
    if (!program) throw new UserFacingError('error.unknownProgram');
    if (program.status === 'ended') throw new UserFacingError('error.programEnded', { program: program.name });
    const signup = await findSignup(trx, program.id, actor.userId);
    if (signup?.role !== 'mentor' || !['waiting', 'paired'].includes(signup.status))
      throw new UserFacingError('error.notMentorOf', { program: program.name });
    const awayUntil = until === null ? null : awayUntilOf(until, signup.timezone, now);
    await setSignupAvailability(trx, signup.id, status, awayUntil);
    // 'marked-full': the mentor's own choice, told apart from a capacity reached ('full').
    const reason = status === 'full' ? 'marked-full' : status;
    if (status !== 'open') await declineRequestsToMentor(trx, program, actor.userId, reason, now);
    await recordAudit(trx, {
      guildId: program.guildId,
      actorId: actor.userId,
      action: 'signup.availability',
      target: `signup:${signup.id}`,
      details: { status, awayUntil },
      at: now,
    });
    return { program, awayUntil };
  });
  ctx.outbox.kick();
  return result;
}
