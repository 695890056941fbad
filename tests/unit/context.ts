import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.ts';
import { createProgram, openSignups } from '../../src/domain/programs/program.service.ts';
import { renderOutboxView } from '../../src/discord/views/outbox-views.ts';
import { ManualClock } from '../../src/clock.ts';
import type { AppContext } from '../../src/context.ts';
import type { Actor } from '../../src/domain/actor.ts';
import { ChannelUnavailableError } from '../../src/domain/errors.ts';
import type { DiscordPort, OutgoingMessage } from '../../src/domain/port.ts';
import { subjects } from '../../src/domain/outbox/subjects.ts';
import { OutboxWorker } from '../../src/domain/outbox/worker.ts';
import { silentLogger } from '../../src/log.ts';
import { migratedDb } from './db.ts';

/** A port that records what the domain asked of Discord; channels listed in `gone` answer 404. */
export class RecordingPort implements DiscordPort {
  readonly posts: { id: string; channelId: string; message: OutgoingMessage }[] = [];
  readonly threads: { id: string; parentId: string; name: string; members: string[] }[] = [];
  readonly states: { threadId: string; state: { archived?: boolean; locked?: boolean } }[] = [];
  readonly gone = new Set<string>();
  private next = 1000;

  private check(channelId: string) {
    if (this.gone.has(channelId)) throw new ChannelUnavailableError(channelId, 404);
  }
  async createPrivateThread(channelId: string, name: string) {
    this.check(channelId);
    const thread = { id: String(this.next++), parentId: channelId, name, members: [] };
    this.threads.push(thread);
    return { id: thread.id };
  }
  async addThreadMember(_guildId: string, threadId: string, userId: string) {
    this.check(threadId);
    this.threads.find((t) => t.id === threadId)?.members.push(userId);
  }
  async removeThreadMember(threadId: string, userId: string) {
    this.check(threadId);
    const thread = this.threads.find((t) => t.id === threadId);
    if (thread) thread.members = thread.members.filter((member) => member !== userId);
  }
  async findThread(_guildId: string, parentId: string, name: string) {
    const found = this.threads.find((t) => t.parentId === parentId && t.name === name);
    return found ? { id: found.id } : null;
  }
  async postMessage(channelId: string, message: OutgoingMessage) {
    this.check(channelId);
    const id = String(this.next++);
    this.posts.push({ id, channelId, message });
    return { id };
  }
  async editMessage(channelId: string) {
    this.check(channelId);
  }
  async setThreadState(threadId: string, state: { archived?: boolean; locked?: boolean }) {
    this.check(threadId);
    this.states.push({ threadId, state });
  }
  /** Every post in the channel: the port keeps no times, so `since` covers them all. */
  async ownMessagesSince(channelId: string) {
    return this.posts
      .filter((p) => p.channelId === channelId)
      .map((p) => ({
        id: p.id,
        nonce: null,
        content: p.message.content ?? '',
        customIds: (p.message.buttons ?? []).flat().map((b) => b.customId),
        embedTitles: (p.message.embeds ?? []).map((e) => e.title),
      }));
  }
  async openDm(userId: string) {
    return `dm-${userId}`;
  }
  async memberDisplayNames() {
    return new Map<string, string>();
  }
  async roleRefusal() {
    return null;
  }
  async addMemberRole() {}
  async memberDisplayName(_guildId: string, userId: string) {
    return `user-${userId}`;
  }
}

export interface ContextOptions {
  /** Another "process" on the same data: its own connection or pool, sharing Discord and the clock. */
  db?: Kysely<DB>;
  discord?: RecordingPort;
  clock?: ManualClock;
}

export async function testContext(options: ContextOptions = {}) {
  const discord = options.discord ?? new RecordingPort();
  const clock = options.clock ?? new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const db = options.db ?? (await migratedDb());
  const ctx: AppContext = {
    db,
    log: silentLogger,
    clock,
    discord,
    scope: null,
    outbox: new OutboxWorker({ db, discord, clock, log: silentLogger, render: renderOutboxView }, subjects),
  };
  return { ctx, discord, clock };
}

export const actor = (userId: string, extra: Partial<Actor> = {}): Actor => ({
  userId,
  guildId: 'guild',
  locale: 'en-US',
  guildLocale: 'en-US',
  roleIds: [],
  canManageGuild: false,
  canModerateMembers: false,
  ...extra,
});

export const admin = actor('admin', { canManageGuild: true });

/** Opens the program "Cohort" (mods: role `mods`, capacity and format as given) made by `admin` through the real services. */
export async function openCohort(
  ctx: AppContext,
  capacity = 1,
  format: 'one-to-one' | 'group' = 'one-to-one',
): Promise<void> {
  await createProgram(ctx, admin, {
    name: 'Cohort',
    template: 'skills',
    pairChannelId: 'pairs',
    reportChannelId: 'reports',
    moderatorRoleId: 'mods',
    checkinDay: 1,
    checkinHour: 17,
    timezone: 'UTC',
    weeks: 8,
    mentorCapacity: capacity,
    everyWeeks: 1,
    format,
  });
  await openSignups(ctx, admin, 'cohort');
}
