import type { AppContext } from '../../context.ts';
import { transact } from '../../db/transact.ts';
import { notice, pairingChain, recordEffects } from '../outbox/effect.ts';
import { findPairing } from '../pairings/pairing.repo.ts';
import { getProgram } from '../programs/program.repo.ts';
import { markMeetingReminded, meetingsDueReminder } from './meeting.repo.ts';

const BATCH = 200;

/**
 * Posts the reminder of each meeting starting within the hour in its pair's thread, once: the
 * meeting is marked reminded in the same transaction that records the post. Meetings of ended
 * pairings, or pairings paused by a report, are skipped. Returns how many were reminded.
 */
export async function remindMeetings(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const due = await meetingsDueReminder(ctx.db, now, ctx.scope, BATCH);
  let reminded = 0;
  for (const meeting of due) {
    const done = await transact(ctx.db, async (trx) => {
      const pairing = await findPairing(trx, meeting.pairingId);
      if (!pairing || pairing.status !== 'active') return false;
      if (!(await markMeetingReminded(trx, meeting.id, now.toISOString()))) return false;
      const program = await getProgram(trx, pairing.programId);
      await recordEffects(trx, now, [
        {
          guildId: meeting.guildId,
          key: `meeting-reminder:${meeting.id}`,
          chain: pairingChain(pairing.id),
          effect: {
            kind: 'post',
            target: { pairingThread: pairing.id },
            message: notice({
              locale: program.locale,
              key: 'meet.reminder',
              params: { at: Math.floor(Date.parse(meeting.startsAt) / 1000) },
              addressed: [pairing.mentorId, pairing.menteeId],
            }),
          },
        },
      ]);
      return true;
    });
    if (done) reminded++;
  }
  if (reminded) ctx.outbox.kick();
  return reminded;
}
