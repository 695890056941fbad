import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import type { Checkin } from '../checkins/checkin.types.ts';
import type { Actor } from '../actor.ts';
import { UserFacingError } from '../errors.ts';
import { checkinOfMember, type AnswerTarget } from '../checkins/checkin-answer.ts';
import { getProgram } from '../programs/program.repo.ts';
import { freeText } from '../text.ts';
import { parseInput } from '../validate.ts';
import { upsertPulseAnswer } from './pulse.repo.ts';
import { LOW_PULSE_SCORE } from './pulse-stats.ts';
import { asksPulse } from './pulse-week.ts';
import { transact } from '../../db/transact.ts';
import { notice, recordEffects } from '../outbox/effect.ts';
import type { Program } from '../programs/program.types.ts';

const yes = new Set(['yes', 'y', 'oui', 'o']);
const no = new Set(['no', 'n', 'non', '']);

const pulseSchema = z.object({
  score: z
    .string()
    .trim()
    .regex(/^[1-5]$/, 'error.pulseScore')
    .transform(Number),
  comment: z
    .string()
    .default('')
    .transform((raw) => (raw.trim() === '' ? null : raw))
    .pipe(freeText({ multiline: true }).pipe(z.string().max(1000, 'error.pulseLength')).nullable()),
  nameShown: z
    .string()
    .default('')
    .transform((raw) => raw.trim().toLowerCase())
    .refine((raw) => yes.has(raw) || no.has(raw), 'error.pulseName')
    .transform((raw) => yes.has(raw)),
});

/**
 * The check-in whose message asks the actor for a pulse: the program's pulse week prompt, or the
 * closing message. Only the pairing's (or group's) members get past checkinOfMember.
 */
export async function pulseOfMember(
  ctx: AppContext,
  actor: Actor,
  target: AnswerTarget & { checkinId: number },
): Promise<{ checkin: Checkin; pairingId: number; program: Program; kind: 'pulse' | 'closing' }> {
  const { checkin, pairing } = await checkinOfMember(ctx, actor, target);
  const program = await getProgram(ctx.db, pairing.programId);
  if (checkin.kind === 'closing') return { checkin, pairingId: pairing.id, program, kind: 'closing' };
  if (!asksPulse(checkin.week, program)) throw new UserFacingError('error.staleButton');
  return { checkin, pairingId: pairing.id, program, kind: 'pulse' };
}

/**
 * Records the actor's answer to the pulse form, for themselves only: a group's mentor answers
 * once, on the membership their answer lands on. Nothing is posted in the thread: the partner
 * never learns it. A low score tells the report channel once per pairing and week, without who.
 */
export async function answerPulse(
  ctx: AppContext,
  actor: Actor,
  target: AnswerTarget & { checkinId: number },
  raw: { score: string; comment?: string; nameShown?: string },
): Promise<{ score: number; week: number }> {
  const input = parseInput(pulseSchema, raw);
  const { checkin, pairingId, program, kind } = await pulseOfMember(ctx, actor, target);
  const now = ctx.clock.now();
  await transact(ctx.db, async (trx) => {
    await upsertPulseAnswer(trx, {
      pairingId,
      userId: actor.userId,
      week: checkin.week,
      kind,
      score: input.score,
      comment: input.comment,
      nameShown: input.nameShown,
      at: now,
    });
    if (input.score > LOW_PULSE_SCORE) return;
    const key = `pulse-low:${pairingId}:${checkin.week}`;
    const params = { pairing: pairingId, program: program.name };
    await recordEffects(trx, now, [
      {
        guildId: program.guildId,
        key,
        chain: key,
        effect: {
          kind: 'post',
          target: { channel: program.reportChannelId },
          message: notice({ locale: program.locale, key: 'pulse.lowNotice', params }),
        },
      },
    ]);
  });
  return { score: input.score, week: checkin.week };
}
