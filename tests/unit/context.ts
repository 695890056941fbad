import { ManualClock } from '../../src/clock.ts';
import type { AppContext } from '../../src/context.ts';
import type { Actor } from '../../src/domain/actor.ts';
import { ChannelUnavailableError } from '../../src/domain/errors.ts';
import type { DiscordPort, OutgoingMessage } from '../../src/domain/port.ts';
import { silentLogger } from '../../src/log.ts';
import { migratedDb } from './db.ts';

/** A port that records what the domain asked of Discord; channels listed in `gone` answer 404. */
export class RecordingPort implements DiscordPort {
  readonly posts: { channelId: string; message: OutgoingMessage }[] = [];
  readonly threads: { id: string; parentId: string; name: string; members: string[] }[] = [];
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
  async findActiveThread(_guildId: string, parentId: string, suffix: string) {
    const found = this.threads.find((t) => t.parentId === parentId && t.name.endsWith(suffix));
    return found ? { id: found.id } : null;
  }
  async postMessage(channelId: string, message: OutgoingMessage) {
    this.check(channelId);
    this.posts.push({ channelId, message });
    return { id: String(this.next++) };
  }
  async editMessage(channelId: string) {
    this.check(channelId);
  }
  async setThreadState(threadId: string) {
    this.check(threadId);
  }
  async sendDirectMessage(userId: string, message: OutgoingMessage) {
    return this.postMessage(`dm-${userId}`, message);
  }
}

export async function testContext() {
  const discord = new RecordingPort();
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const ctx: AppContext = { db: await migratedDb(), log: silentLogger, clock, discord };
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
