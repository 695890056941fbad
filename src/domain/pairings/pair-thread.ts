import type { AppContext } from '../../context.ts';
import type { Pairing, Program } from '../../db/schema.ts';
import { t } from '../../i18n/index.ts';
import { firstCheckinAt } from '../checkins/schedule.ts';
import { scheduleSummary } from '../programs/program-text.ts';
import { findProgram } from '../programs/program.repo.ts';
import { weekPlan } from '../templates/plans.ts';
import type { OutgoingMessage } from '../port.ts';
import { findPairing } from './pairing.repo.ts';

export const threadSuffix = (pairingId: number) => `#${pairingId}`;

export function programSchedule(program: Program) {
  return {
    day: program.checkin_day,
    hour: program.checkin_hour,
    timeZone: program.timezone,
    everyWeeks: program.every_weeks,
    weeks: program.weeks,
  };
}

export function bulletList(lines: readonly string[]): string {
  return lines.map((line) => `• ${line}`).join('\n');
}

function welcomeMessage(program: Program, pairing: Pairing): OutgoingMessage {
  const locale = program.locale;
  const plan = weekPlan(program.template, 1, program.weeks, locale);
  const first = pairing.next_checkin_at ?? firstCheckinAt(programSchedule(program), new Date(pairing.created_at)).toISOString();
  return {
    content: t(locale, 'pair.welcome', {
      mentor: pairing.mentor_id,
      mentee: pairing.mentee_id,
      program: program.name,
      schedule: scheduleSummary(locale, program),
      first: `<t:${Math.floor(Date.parse(first) / 1000)}:F>`,
      topic: plan.topic,
      prompts: bulletList(plan.prompts),
    }),
    mentionUsers: [pairing.mentor_id, pairing.mentee_id],
    nonce: `welcome-${pairing.id}`,
  };
}

/**
 * Brings a pairing's private thread to its finished state: created (or adopted, if a crash
 * came after Discord made it), both members added, welcome posted. Every step is recorded or
 * idempotent, so calling it again after a crash never makes a second thread or welcome.
 */
export async function ensurePairThread(ctx: AppContext, pairingId: number): Promise<Pairing> {
  let pairing = await findPairing(ctx.db, pairingId);
  if (!pairing) throw new Error(`pairing ${pairingId} vanished`);
  const program = await findProgram(ctx.db, pairing.program_id);
  if (!program) throw new Error(`program of pairing ${pairingId} vanished`);

  if (!pairing.thread_id) {
    const name = t(program.locale, 'pair.threadName', { program: program.name, id: pairing.id }).slice(-100);
    const thread =
      (await ctx.discord.findActiveThread(program.guild_id, program.pair_channel_id, threadSuffix(pairing.id))) ??
      (await ctx.discord.createPrivateThread(program.pair_channel_id, name));
    await ctx.db.updateTable('pairings').set({ thread_id: thread.id }).where('id', '=', pairing.id).where('thread_id', 'is', null).execute();
    pairing = { ...pairing, thread_id: thread.id };
  }
  const threadId = pairing.thread_id as string;
  if (!pairing.welcome_message_id) {
    await ctx.discord.addThreadMember(program.guild_id, threadId, pairing.mentor_id);
    await ctx.discord.addThreadMember(program.guild_id, threadId, pairing.mentee_id);
    const welcome = await ctx.discord.postMessage(threadId, welcomeMessage(program, pairing));
    await ctx.db.updateTable('pairings').set({ welcome_message_id: welcome.id }).where('id', '=', pairing.id).execute();
    pairing = { ...pairing, welcome_message_id: welcome.id };
  }
  return pairing;
}
