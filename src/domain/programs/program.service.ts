import type { AppContext } from '../../context.ts';
import type { Program } from '../../db/schema.ts';
import { requireAdmin, type Actor } from '../actor.ts';
import { recordAudit } from '../audit.repo.ts';
import { ChannelUnavailableError, UserFacingError } from '../errors.ts';
import { parseInput } from '../validate.ts';
import { countSignups } from '../signups/signup.repo.ts';
import { createProgramSchema, nameKey, type CreateProgramInput } from './program.input.ts';
import { findProgramByName, insertProgram, listPrograms, updateProgram } from './program.repo.ts';
import { signupPanel } from './signup-panel.ts';

/** Creates a program in draft. Names are unique per server, whatever their case. */
export async function createProgram(ctx: AppContext, actor: Actor, raw: CreateProgramInput): Promise<Program> {
  requireAdmin(actor);
  const input = parseInput(createProgramSchema, raw);
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    if (await findProgramByName(trx, actor.guildId, input.name)) throw new UserFacingError('error.programExists', { program: input.name });
    const program = await insertProgram(trx, {
      guild_id: actor.guildId,
      name: input.name,
      name_key: nameKey(input.name),
      template: input.template,
      pair_channel_id: input.pairChannelId,
      report_channel_id: input.reportChannelId,
      moderator_role_id: input.moderatorRoleId,
      checkin_day: input.checkinDay,
      checkin_hour: input.checkinHour,
      timezone: input.timezone,
      weeks: input.weeks,
      mentor_capacity: input.mentorCapacity,
      every_weeks: input.everyWeeks,
      status: 'draft',
      signups_open: 0,
      locale: actor.guildLocale,
      created_by: actor.userId,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    });
    await recordAudit(trx, { guildId: actor.guildId, actorId: actor.userId, action: 'program.create', target: `program:${program.id}`, details: input, at: now });
    return program;
  });
}

export interface ProgramSummary {
  program: Program;
  mentors: number;
  mentees: number;
}

export async function summarisePrograms(ctx: AppContext, actor: Actor): Promise<ProgramSummary[]> {
  requireAdmin(actor);
  const programs = await listPrograms(ctx.db, actor.guildId);
  return Promise.all(
    programs.map(async (program) => {
      const counts = await countSignups(ctx.db, program.id);
      return { program, mentors: counts.mentor, mentees: counts.mentee };
    }),
  );
}

export async function requireProgram(ctx: AppContext, guildId: string, name: string): Promise<Program> {
  const program = await findProgramByName(ctx.db, guildId, name);
  if (!program) throw new UserFacingError('error.unknownProgram');
  return program;
}

/**
 * Opens sign-ups: posts the sign-up panel in the pair channel, then records it. If Discord
 * refuses the post, nothing is recorded.
 */
export async function openSignups(ctx: AppContext, actor: Actor, name: string): Promise<Program> {
  requireAdmin(actor);
  const program = await requireProgram(ctx, actor.guildId, name);
  if (program.status === 'ended') throw new UserFacingError('error.programEnded', { program: program.name });
  if (program.signups_open) throw new UserFacingError('error.alreadyOpen', { program: program.name });

  const opened: Program = { ...program, signups_open: 1, status: program.status === 'draft' ? 'open' : program.status };
  let panelId: string;
  try {
    panelId = (await ctx.discord.postMessage(program.pair_channel_id, signupPanel(opened, await countSignups(ctx.db, program.id)))).id;
  } catch (error) {
    if (error instanceof ChannelUnavailableError) throw new UserFacingError('error.cannotPostInChannel', { channel: program.pair_channel_id });
    throw error;
  }
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await updateProgram(trx, program.id, { signups_open: 1, status: opened.status, panel_message_id: panelId, updated_at: now.toISOString() });
    await recordAudit(trx, { guildId: actor.guildId, actorId: actor.userId, action: 'program.open', target: `program:${program.id}`, at: now });
  });
  return { ...opened, panel_message_id: panelId };
}
