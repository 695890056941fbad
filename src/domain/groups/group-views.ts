import type { Kysely } from 'kysely';
import type { DB, TemplateId } from '../../db/schema.ts';
import type { Program } from '../programs/program.types.ts';
import type { PairGroup } from './group.types.ts';
import { findProgram } from '../programs/program.repo.ts';
import { findCheckin } from '../checkins/checkin.repo.ts';
import { findPairing } from '../pairings/pairing.repo.ts';
import { answersOf, groupWeekCheckins } from './group-checkin.repo.ts';
import { completionsOfPairings } from '../completions/completion.repo.ts';
import type { Completion } from '../completions/completion.types.ts';
import { findGroup, liveMembershipsOfGroup } from './group.repo.ts';

/** What a group's welcome shows: the program, the group, and its mentees now. */
export interface GroupWelcomeData {
  view: 'group-welcome';
  program: Program;
  group: PairGroup;
  menteeIds: string[];
}

/**
 * What a group's weekly message shows: the week, the group's current members (the only ones it
 * may mention), and how many of them answered; never who or what.
 */
export interface GroupCheckinData {
  view: 'group-checkin';
  checkin: {
    id: number;
    week: number;
    kind: 'prompt' | 'closing';
    nonce: string;
    template: TemplateId;
    weeks: number;
    pulseWeek: number;
    everyWeeks: number;
    locale: string;
    programName: string;
  };
  memberIds: string[];
  answered: number;
  /** On the closing message: the members' completions, and their names when it is sent. */
  completions?: Completion[];
  names?: Record<string, string>;
}

type Located<T> = T & { channelId: string; messageId: string | null };

export async function loadGroupWelcome(db: Kysely<DB>, groupId: number): Promise<Located<GroupWelcomeData> | null> {
  const group = await findGroup(db, groupId);
  const program = group && (await findProgram(db, group.programId));
  if (!group?.threadId || !program) return null;
  const menteeIds = (await liveMembershipsOfGroup(db, groupId)).map((m) => m.menteeId);
  return {
    view: 'group-welcome',
    channelId: group.threadId,
    messageId: group.welcomeMessageId,
    program,
    group,
    menteeIds,
  };
}

/** `checkinId` is the first row of the group's week: the one the message's buttons name. */
export async function loadGroupCheckin(db: Kysely<DB>, checkinId: number): Promise<Located<GroupCheckinData> | null> {
  const checkin = await findCheckin(db, checkinId);
  const pairing = checkin && (await findPairing(db, checkin.pairingId));
  const group = pairing?.groupId ? await findGroup(db, pairing.groupId) : undefined;
  const program = group && (await findProgram(db, group.programId));
  if (!checkin || !group?.threadId || !program) return null;
  const rows = await groupWeekCheckins(db, group.id, checkin.week);
  // Those asked this week and still in the group: a member on a break has no row for the week.
  const asked = new Set(rows.map((row) => row.pairingId));
  const live = (await liveMembershipsOfGroup(db, group.id)).filter((m) => m.status === 'active' && asked.has(m.id));
  const memberIds = [group.mentorId, ...live.map((m) => m.menteeId)];
  const answers = await answersOf(
    db,
    rows.map((row) => row.id),
  );
  const answeredBy = new Set(answers.map((a) => a.userId).filter((id) => memberIds.includes(id)));
  const completions =
    checkin.kind === 'closing'
      ? await completionsOfPairings(
          db,
          rows.map((row) => row.pairingId),
        )
      : [];
  return {
    view: 'group-checkin',
    channelId: group.threadId,
    messageId: checkin.messageId,
    checkin: {
      id: checkin.id,
      week: checkin.week,
      kind: checkin.kind,
      nonce: checkin.nonce,
      template: program.template,
      weeks: program.weeks,
      pulseWeek: program.pulseWeek,
      everyWeeks: program.everyWeeks,
      locale: program.locale,
      programName: program.name,
    },
    memberIds,
    answered: answeredBy.size,
    completions,
  };
}
