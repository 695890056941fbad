import { transact } from '../../db/transact.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../actor.ts';
import { UserFacingError } from '../errors.ts';
import { notice, pairingChain, recordEffects } from '../outbox/effect.ts';
import { pairingOfMember } from '../pairings/pair-member.ts';
import { getProgram } from '../programs/program.repo.ts';
import { pausePairingCheckins } from './checkin-pause.repo.ts';
import { nextSlotAfter, programSchedule } from './schedule.ts';

const WEEK_MS = 7 * 86_400_000;
export const MAX_PAUSE_WEEKS = 4;

export interface CheckinPause {
  /** When the pause ends. */
  until: string;
  /** The first check-in after it. */
  nextAt: string;
}

/**
 * A pair member pauses their pairing's check-ins for 1 to 4 weeks: no prompt, reminder or
 * silence flag until it ends, and the week counter waits, so a pause is never a missed week.
 * Check-ins come back on their own at the first slot after it; the partner is told in the
 * thread. Pausing again starts a new pause from now.
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
    if (pairing.status !== 'active') throw new UserFacingError('error.pairingNotActive');
    if (pairing.nextCheckinAt === null) throw new UserFacingError('error.noCheckinsToPause');
    const program = await getProgram(trx, pairing.programId);
    const until = new Date(now.getTime() + weeks * WEEK_MS);
    const slot = nextSlotAfter(programSchedule(program), until).toISOString();
    const nextAt = slot > pairing.nextCheckinAt ? slot : pairing.nextCheckinAt;
    const pause = { until: until.toISOString(), nextAt };
    if (!(await pausePairingCheckins(trx, pairing.id, pairing.nextCheckinAt, pause)))
      throw new UserFacingError('error.conflict');
    const partner = pairing.mentorId === actor.userId ? pairing.menteeId : pairing.mentorId;
    await recordEffects(trx, now, [
      {
        guildId: pairing.guildId,
        key: `checkin-pause:${pairing.id}:${pause.until}`,
        chain: pairingChain(pairing.id),
        effect: {
          kind: 'post',
          target: { pairingThread: pairing.id },
          message: notice({
            locale: program.locale,
            key: 'pause.notice',
            params: { member: actor.userId, weeks, next: unixSeconds(nextAt) },
            addressed: [partner],
            mentionUsers: [actor.userId],
          }),
        },
      },
    ]);
    return pause;
  });
  ctx.outbox.kick();
  return pause;
}

const unixSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);
