import type { Transaction } from 'kysely';
import { transact } from '../../db/transact.ts';
import type { DB } from '../../db/schema.ts';
import type { AppContext } from '../../context.ts';
import { groupChain, notice, recordEffects } from '../outbox/effect.ts';
import { cancelIdle } from '../outbox/outbox.repo.ts';
import type { SubjectHandler } from '../outbox/subject.ts';
import { insertPendingCheckins, markRemindersSent, skipPendingCheckins } from '../checkins/checkin.repo.ts';
import { latestDueCheckin, programSchedule } from '../checkins/schedule.ts';
import {
  advanceGroupSchedule,
  answersOf,
  dueGroups,
  groupPromptsToRemind,
  markGroupWeekFailed,
  markGroupWeekPosted,
} from './group-checkin.repo.ts';
import { recordCompletions } from '../completions/completion-record.ts';
import { findGroup, liveMembershipsOfGroup } from './group.repo.ts';

const BATCH = 100;
const REMIND_AFTER_MS = 3 * 86_400_000;

/**
 * The groups' check-ins, beside the pairs' (grouped pairings are never due themselves: they have
 * no thread of their own). A due group moves to its next slot; each active membership gets its
 * row for the week, and the group ONE post in its thread (`group-checkin:<group>:<week>`). A
 * group with no active mentee moves on without a post.
 */
export async function recordDueGroupCheckins(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  let posted = 0;
  for (;;) {
    const due = await dueGroups(ctx.db, now, BATCH, ctx.scope);
    if (due.length === 0) return posted;
    // A batch per transaction, as the pairs' are: one commit per group made the tick several times slower.
    posted += await transact(ctx.db, async (trx) => {
      let batch = 0;
      for (const row of due) batch += await recordGroupWeek(trx, now, row);
      return batch;
    });
  }
}

type DueGroup = Awaited<ReturnType<typeof dueGroups>>[number];

async function recordGroupWeek(trx: Transaction<DB>, now: Date, row: DueGroup): Promise<number> {
  const schedule = programSchedule(row);
  const nextWeek = row.week === 0 ? 1 : row.week + row.everyWeeks;
  const checkin = latestDueCheckin(schedule, nextWeek, new Date(row.nextCheckinAt as string), now);
  const advanced = await advanceGroupSchedule(trx, row.groupId, row.nextCheckinAt, {
    week: checkin?.week ?? row.week,
    nextAt: checkin?.nextAt?.toISOString() ?? null,
  });
  if (!checkin || !advanced) return 0;
  const due = checkin.dueAt.toISOString();
  // A member on a break (`/mentorship pause`) is not asked, so is never counted as silent.
  const active = (await liveMembershipsOfGroup(trx, row.groupId)).filter(
    (m) => m.status === 'active' && (m.checkinsPausedUntil === null || m.checkinsPausedUntil <= due),
  );
  let superseded = false;
  for (const membership of active) superseded = (await skipPendingCheckins(trx, membership.id)) || superseded;
  if (superseded) await cancelIdle(trx, groupChain(row.groupId), now, ['post']);
  const inserted = await insertPendingCheckins(
    trx,
    active.map((m) => ({ pairingId: m.id, week: checkin.week, kind: checkin.kind, dueAt: checkin.dueAt })),
  );
  const first = Math.min(...inserted.values());
  if (!Number.isFinite(first)) return 0;
  if (checkin.kind === 'closing') await recordCompletions(trx, now, [...inserted.keys()], { group: true });
  const key = `group-checkin:${row.groupId}:${checkin.week}`;
  await recordEffects(trx, now, [
    {
      guildId: row.guildId,
      key,
      chain: groupChain(row.groupId),
      subject: `group-checkin:${row.groupId}`,
      effect: { kind: 'post', target: { groupThread: row.groupId }, message: { view: 'group-checkin', id: first } },
    },
  ]);
  return 1;
}

/** The week is the last part of the post's key, `group-checkin:<group>:<week>`. */
const weekOfKey = (key: string) => Number(key.slice(key.lastIndexOf(':') + 1));

/** The group's post of a week: once Discord confirms, every row of the week is posted with it. */
export const groupCheckinSubject: SubjectHandler = {
  async done(trx, groupId, row, messageId, now) {
    await markGroupWeekPosted(trx, groupId, weekOfKey(row.key), messageId, now);
  },
  async refused(trx, groupId, row) {
    await markGroupWeekFailed(trx, groupId, weekOfKey(row.key));
  },
};

/**
 * One reminder in the group's thread when nobody in the group answered the week's prompt
 * within three days, addressing the mentor and the mentees asked that week who are still active
 * and not on a break; marked on every row of the week.
 */
export async function remindQuietGroups(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const rows = await groupPromptsToRemind(ctx.db, new Date(now.getTime() - REMIND_AFTER_MS), ctx.scope);
  const byGroup = new Map<number, typeof rows>();
  for (const row of rows) byGroup.set(row.groupId, [...(byGroup.get(row.groupId) ?? []), row]);
  let sent = 0;
  for (const [groupId, weekRows] of byGroup) {
    const ids = weekRows.map((row) => row.id);
    if ((await answersOf(ctx.db, ids)).length > 0) continue;
    const { week, guildId, locale } = weekRows[0] as (typeof weekRows)[number];
    await transact(ctx.db, async (trx) => {
      const group = await findGroup(trx, groupId);
      if (!group) return;
      // Those asked this week and neither on a break nor paused by a report since.
      const asked = new Set(weekRows.map((row) => row.pairingId));
      const mentees = (await liveMembershipsOfGroup(trx, groupId)).filter(
        (m) => m.status === 'active' && asked.has(m.id),
      );
      const members = [group.mentorId, ...mentees.map((m) => m.menteeId)];
      await markRemindersSent(trx, ids, now);
      await recordEffects(trx, now, [
        {
          guildId,
          key: `group-reminder:${groupId}:${week}`,
          chain: groupChain(groupId),
          effect: {
            kind: 'post',
            target: { groupThread: groupId },
            message: notice({
              locale,
              key: 'group.reminder',
              params: { members: members.map((id) => `<@${id}>`).join(' ') },
              mentionUsers: members,
            }),
          },
        },
      ]);
    });
    sent += 1;
  }
  return sent;
}
