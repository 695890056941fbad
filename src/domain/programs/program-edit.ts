import { transact } from '../../db/transact.ts';
import type { AppContext } from '../../context.ts';
import type { Program } from '../../db/schema.ts';
import { requireAdmin, type Actor } from '../actor.ts';
import { recordAudit } from '../audit.repo.ts';
import { nextSlotAfter } from '../checkins/schedule.ts';
import { UserFacingError } from '../errors.ts';
import { programSchedule } from '../checkins/schedule.ts';
import { parseInput } from '../validate.ts';
import { createProgramSchema, nameKey, type CreateProgramInput } from './program.input.ts';
import { findProgramByName, livePairingsOfProgram, setPairingNextCheckin, updateProgram } from './program.repo.ts';
import { recordPanelRefresh } from './signup-panel.ts';

export type ProgramChanges = Partial<CreateProgramInput>;

const columns = {
  name: 'name',
  template: 'template',
  pairChannelId: 'pair_channel_id',
  reportChannelId: 'report_channel_id',
  moderatorRoleId: 'moderator_role_id',
  checkinDay: 'checkin_day',
  checkinHour: 'checkin_hour',
  timezone: 'timezone',
  weeks: 'weeks',
  mentorCapacity: 'mentor_capacity',
  everyWeeks: 'every_weeks',
} as const satisfies Record<keyof CreateProgramInput, keyof Program>;

const scheduleFields = new Set<keyof CreateProgramInput>([
  'checkinDay',
  'checkinHour',
  'timezone',
  'everyWeeks',
  'weeks',
]);

function settingsOf(program: Program): CreateProgramInput {
  return Object.fromEntries(
    Object.entries(columns).map(([field, column]) => [field, program[column]]),
  ) as CreateProgramInput;
}

/**
 * Changes a program's settings. A new schedule moves every active pairing's next check-in to
 * the first new slot from now; the pair channel applies to pairings made from now on.
 */
export async function editProgram(
  ctx: AppContext,
  actor: Actor,
  name: string,
  changes: ProgramChanges,
): Promise<{ program: Program; changed: (keyof CreateProgramInput)[] }> {
  requireAdmin(actor);
  const now = ctx.clock.now();
  const result = await transact(ctx.db, async (trx) => {
    const program = await findProgramByName(trx, actor.guildId, name);
    if (!program) throw new UserFacingError('error.unknownProgram');
    if (program.status === 'ended') throw new UserFacingError('error.programEnded', { program: program.name });
    const before = settingsOf(program);
    const after = parseInput(createProgramSchema, {
      ...before,
      ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
    });
    const changed = (Object.keys(columns) as (keyof CreateProgramInput)[]).filter(
      (field) => after[field] !== before[field],
    );
    if (changed.length === 0) throw new UserFacingError('error.nothingToEdit');
    if (
      changed.includes('name') &&
      nameKey(after.name) !== program.name_key &&
      (await findProgramByName(trx, actor.guildId, after.name))
    ) {
      throw new UserFacingError('error.programExists', { program: after.name });
    }
    const update = Object.fromEntries(changed.map((field) => [columns[field], after[field]]));
    await updateProgram(trx, program.id, { ...update, name_key: nameKey(after.name), updated_at: now.toISOString() });
    const edited = { ...program, ...update } as Program;
    if (changed.some((field) => scheduleFields.has(field))) {
      const schedule = programSchedule(edited);
      const live = await livePairingsOfProgram(trx, program.id);
      for (const pairing of live) {
        const nextWeek = pairing.week === 0 ? 1 : pairing.week + edited.every_weeks;
        const next = nextWeek > edited.weeks + edited.every_weeks ? null : nextSlotAfter(schedule, now).toISOString();
        await setPairingNextCheckin(trx, pairing.id, next);
      }
    }
    const details = Object.fromEntries(changed.map((field) => [field, { from: before[field], to: after[field] }]));
    await recordAudit(trx, {
      guildId: actor.guildId,
      actorId: actor.userId,
      action: 'program.edit',
      target: `program:${program.id}`,
      details,
      at: now,
    });
    await recordPanelRefresh(trx, program, now);
    return { program: edited, changed };
  });
  ctx.outbox.kick();
  return result;
}
