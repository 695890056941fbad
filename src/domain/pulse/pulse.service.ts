import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import type { Checkin } from '../checkins/checkin.types.ts';
import type { Actor } from '../actor.ts';
import { UserFacingError } from '../errors.ts';
import { checkinOfMember, type AnswerTarget } from '../checkins/checkin-answer.ts';
import { getProgram } from '../programs/program.repo.ts';
import { freeText } from '../text.ts';
import { parseInput } from '../validate.ts';
import { deleteMentorAnswersOfGroupWeek, upsertPulseAnswer } from './pulse.repo.ts';
import { LOW_PULSE_SCORE } from './pulse-stats.ts';
import { asksPulse } from './pulse-week.ts';
import { closingOfEndedPairing } from './closing-member.ts';
import { transact } from '../../db/transact.ts';
import { textWrittenTo } from '../retention/retention.repo.ts';
import { notice, recordEffects, type NoticeParam } from '../outbox/effect.ts';
import type { Program } from '../programs/program.types.ts';
import type { Pairing } from '../pairings/pairing.types.ts';

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
): Promise<{ checkin: Checkin; pairing: Pairing; pairingId: number; program: Program; kind: 'pulse' | 'closing' }> {
  const { checkin, pairing } = await closingOrCheckinOfMember(ctx, actor, target);
  const program = await getProgram(ctx.db, pairing.programId);
  if (checkin.kind === 'closing') return { checkin, pairing, pairingId: pairing.id, program, kind: 'closing' };
  if (!asksPulse(checkin.week, program)) throw new UserFacingError('error.staleButton');
  return { checkin, pairing, pairingId: pairing.id, program, kind: 'pulse' };
}

/** The closing form is still taken once a member pressed End on the closing message. */
async function closingOrCheckinOfMember(ctx: AppContext, actor: Actor, target: AnswerTarget & { checkinId: number }) {
  try {
    return await checkinOfMember(ctx, actor, target);
  } catch (error) {
    const refused =
      error instanceof UserFacingError && ['error.pairingNotActive', 'error.notYourPair'].includes(error.key);
    const closing = refused ? await closingOfEndedPairing(ctx, actor, target) : undefined;
    if (!closing) throw error;
    return closing;
  }
}

/**
 * Records the actor's answer to the pulse form, for themselves only: a group's mentor answers
 * once per group and week (an answer replaces the one kept on another membership), and that
 * answer is the group's. Nothing is posted in the thread: the partner never learns it. A low
 * score tells the report channel once per pairing (or, for a group's mentor, group) and week, without who.
 */
export async function answerPulse(
  ctx: AppContext,
  actor: Actor,
  target: AnswerTarget & { checkinId: number },
  raw: { score: string; comment?: string; nameShown?: string },
): Promise<{ score: number; week: number }> {
  const input = parseInput(pulseSchema, raw);
  const { checkin, pairing, pairingId, program, kind } = await pulseOfMember(ctx, actor, target);
  const groupId = actor.userId === pairing.mentorId ? pairing.groupId : null;
  const now = ctx.clock.now();
  await transact(ctx.db, async (trx) => {
    // The form closes once retention erased the pairing; should it have erased it meanwhile, it erases this too.
    if (input.comment !== null) await textWrittenTo(trx, pairingId);
    if (groupId !== null)
      await deleteMentorAnswersOfGroupWeek(trx, {
        groupId,
        userId: actor.userId,
        week: checkin.week,
        kind,
        keepPairingId: pairingId,
      });
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
    const key =
      groupId === null ? `pulse-low:${pairingId}:${checkin.week}` : `pulse-low:group:${groupId}:${checkin.week}`;
    const params: Record<string, NoticeParam> =
      groupId === null ? { pairing: pairingId, program: program.name } : { group: groupId, program: program.name };
    await recordEffects(trx, now, [
      {
        guildId: program.guildId,
        key,
        chain: key,
        effect: {
          kind: 'post',
          target: { channel: program.reportChannelId },
          message: notice({
            locale: program.locale,
            key: groupId === null ? 'pulse.lowNotice' : 'pulse.lowNoticeGroup',
            params,
          }),
        },
      },
    ]);
  });
  return { score: input.score, week: checkin.week };
}
