import { transact } from '../../db/transact.ts';
import type { AppContext } from '../../context.ts';
import type { Program } from './program.types.ts';
import { requireAdmin, type Actor } from '../actor.ts';
import { recordAudit } from '../audit.repo.ts';
import { nextSlotAfter } from '../checkins/schedule.ts';
import { UserFacingError } from '../errors.ts';
import { programSchedule } from '../checkins/schedule.ts';
import { parseInput } from '../validate.ts';
import { liveGroupsOfProgram, setGroupNextCheckin } from '../groups/group.repo.ts';
import { createProgramSchema, nameKey, requirePulseWithinWeeks, type CreateProgramInput } from './program.input.ts';
import {
  findProgramByName,
  livePairingsOfProgram,
  programHasPairings,
  setPairingNextCheckin,
  updateProgram,
} from './program.repo.ts';
import { recordPanelRefresh } from './signup-panel.ts';
import { closeRequestsEditedOut } from '../requests/request-close.ts';

export type ProgramChanges = Partial<CreateProgramInput>;

/** The settings an edit may change, each a field of the program of the same name. */
const settingFields = Object.keys({
  name: true,
  template: true,
  pairChannelId: true,
  reportChannelId: true,
  moderatorRoleId: true,
  checkinDay: true,
  checkinHour: true,
  timezone: true,
  weeks: true,
  mentorCapacity: true,
  everyWeeks: true,
  format: true,
  matching: true,
  requestDays: true,
  pulseWeek: true,
  completionRoleId: true,
} satisfies Record<keyof CreateProgramInput, true>) as (keyof CreateProgramInput)[];

const scheduleFields = new Set<keyof CreateProgramInput>([
  'checkinDay',
  'checkinHour',
  'timezone',
  'everyWeeks',
  'weeks',
]);

function settingsOf(program: Program): CreateProgramInput {
  return Object.fromEntries(settingFields.map((field) => [field, program[field]])) as CreateProgramInput;
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
    requirePulseWithinWeeks(changes.pulseWeek, after.weeks);
    const changed = settingFields.filter((field) => after[field] !== before[field]);
    if (changed.length === 0) throw new UserFacingError('error.nothingToEdit');
    if (
      changed.includes('name') &&
      nameKey(after.name) !== program.nameKey &&
      (await findProgramByName(trx, actor.guildId, after.name))
    ) {
      throw new UserFacingError('error.programExists', { program: after.name });
    }
    if (changed.includes('format') && (await programHasPairings(trx, program.id)))
      throw new UserFacingError('error.formatLocked', { program: program.name });
    const update: ProgramChanges = Object.fromEntries(changed.map((field) => [field, after[field]]));
    await updateProgram(trx, program.id, { ...update, nameKey: nameKey(after.name), updatedAt: now.toISOString() });
    const edited: Program = { ...program, ...update };
    if (changed.some((field) => scheduleFields.has(field))) {
      const schedule = programSchedule(edited);
      const next = (week: number) =>
        (week === 0 ? 1 : week + edited.everyWeeks) > edited.weeks + edited.everyWeeks
          ? null
          : nextSlotAfter(schedule, now).toISOString();
      // A grouped pairing has no schedule of its own: its group's moves instead.
      const live = (await livePairingsOfProgram(trx, program.id)).filter((pairing) => pairing.groupId === null);
      for (const pairing of live) await setPairingNextCheckin(trx, pairing.id, next(pairing.week));
      for (const group of await liveGroupsOfProgram(trx, program.id))
        await setGroupNextCheckin(trx, group.id, next(group.week));
    }
    await closeRequestsEditedOut(trx, edited, before.mentorCapacity, now);
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
