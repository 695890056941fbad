import { transact } from '../../db/transact.ts';
import type { AppContext } from '../../context.ts';
import type { Program } from './program.types.ts';
import { requireAdmin, type Actor } from '../actor.ts';
import { recordAudit } from '../audit.repo.ts';
import { UserFacingError } from '../errors.ts';
import { countLivePairingsOfProgram } from '../pairings/pairing.repo.ts';
import { countSignups, countWaiting } from '../signups/signup.repo.ts';
import { parseInput } from '../validate.ts';
import { createProgramSchema, nameKey, requirePulseWithinWeeks, type CreateProgramRaw } from './program.input.ts';
import { findProgramByName, insertProgram, listPrograms, openProgramSignups } from './program.repo.ts';
import { recordPanelPost } from './signup-panel.ts';

/** Creates a program in draft. Names are unique per server, whatever their case. */
export async function createProgram(ctx: AppContext, actor: Actor, raw: CreateProgramRaw): Promise<Program> {
  requireAdmin(actor);
  const input = parseInput(createProgramSchema, raw);
  requirePulseWithinWeeks(raw.pulseWeek, input.weeks);
  const now = ctx.clock.now();
  return transact(ctx.db, async (trx) => {
    if (await findProgramByName(trx, actor.guildId, input.name))
      throw new UserFacingError('error.programExists', { program: input.name });
    const program = await insertProgram(trx, {
      guildId: actor.guildId,
      name: input.name,
      nameKey: nameKey(input.name),
      template: input.template,
      format: input.format,
      pairChannelId: input.pairChannelId,
      reportChannelId: input.reportChannelId,
      moderatorRoleId: input.moderatorRoleId,
      checkinDay: input.checkinDay,
      checkinHour: input.checkinHour,
      timezone: input.timezone,
      weeks: input.weeks,
      mentorCapacity: input.mentorCapacity,
      everyWeeks: input.everyWeeks,
      matching: input.matching,
      requestDays: input.requestDays,
      pulseWeek: input.pulseWeek,
      completionRoleId: input.completionRoleId,
      status: 'draft',
      signupsOpen: false,
      locale: actor.guildLocale,
      createdBy: actor.userId,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    await recordAudit(trx, {
      guildId: actor.guildId,
      actorId: actor.userId,
      action: 'program.create',
      target: `program:${program.id}`,
      details: input,
      at: now,
    });
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

/** How long /program open waits for Discord to take the panel before answering. */
const PANEL_WAIT_MS = 5_000;

/**
 * Opens sign-ups and records the sign-up panel's post. If Discord refuses the post, sign-ups
 * close again and the admin is told why.
 */
export async function openSignups(ctx: AppContext, actor: Actor, name: string): Promise<Program> {
  requireAdmin(actor);
  const program = await requireProgram(ctx, actor.guildId, name);
  if (program.status === 'ended') throw new UserFacingError('error.programEnded', { program: program.name });
  if (program.signupsOpen) throw new UserFacingError('error.alreadyOpen', { program: program.name });

  const opened: Program = {
    ...program,
    signupsOpen: true,
    status: program.status === 'draft' ? 'open' : program.status,
  };
  const now = ctx.clock.now();
  const panel = await transact(ctx.db, async (trx) => {
    if (!(await openProgramSignups(trx, program.id, opened.status, now)))
      throw new UserFacingError('error.alreadyOpen', { program: program.name });
    await recordAudit(trx, {
      guildId: actor.guildId,
      actorId: actor.userId,
      action: 'program.open',
      target: `program:${program.id}`,
      at: now,
    });
    return recordPanelPost(trx, opened, now);
  });
  const settled = (await ctx.outbox.settle([panel], PANEL_WAIT_MS)).get(panel);
  if (settled?.status === 'failed')
    throw new UserFacingError('error.cannotPostInChannel', { channel: program.pairChannelId });
  return { ...opened, panelMessageId: settled?.resultId ?? program.panelMessageId };
}

export interface ProgramPeople {
  mentors: number;
  mentees: number;
  waiting: number;
  active: number;
}

/** A program with its people, for /program info. */
export async function programInfo(
  ctx: AppContext,
  actor: Actor,
  name: string,
): Promise<{ program: Program; people: ProgramPeople }> {
  requireAdmin(actor);
  const program = await requireProgram(ctx, actor.guildId, name);
  const counts = await countSignups(ctx.db, program.id);
  const people = {
    mentors: counts.mentor,
    mentees: counts.mentee,
    waiting: await countWaiting(ctx.db, program.id),
    active: await countLivePairingsOfProgram(ctx.db, program.id),
  };
  return { program, people };
}
