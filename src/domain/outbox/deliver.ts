import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { OutboxEntry } from './outbox.types.ts';
import type { DiscordPort, OutgoingMessage, SentMessage } from '../port.ts';
import type { Effect, MessageSpec, Target } from './effect.ts';
import { MemberGoneError, RefusedError } from '../errors.ts';
import { findGroup } from '../groups/group.repo.ts';
import { findPairing } from '../pairings/pairing.repo.ts';
import { ownedResults, sentMessageOf } from './outbox.repo.ts';
import { loadView, type RenderView } from './views.ts';
import { displayNames } from '../completions/display-names.ts';

/** The effect has nothing left to act on (its thread never came to be, its card is gone). */
export class NothingToDo extends Error {}

/** Discord's clock and ours may differ by this much when looking for an earlier attempt. */
const CLOCK_SKEW_MS = 10_000;

interface Deps {
  db: Kysely<DB>;
  discord: DiscordPort;
  render: RenderView;
}

async function channelOf(deps: Deps, target: Target): Promise<string> {
  if ('channel' in target) return target.channel;
  if ('user' in target) return deps.discord.openDm(target.user);
  if ('groupThread' in target) return groupThreadOf(deps, target.groupThread);
  const pairing = await findPairing(deps.db, target.pairingThread);
  if (pairing?.groupId) return groupThreadOf(deps, pairing.groupId);
  if (!pairing?.threadId) throw new NothingToDo(`pairing ${target.pairingThread} has no thread`);
  return pairing.threadId;
}

async function groupThreadOf(deps: Deps, groupId: number): Promise<string> {
  const group = await findGroup(deps.db, groupId);
  if (!group?.threadId) throw new NothingToDo(`group ${groupId} has no thread`);
  return group.threadId;
}

async function messageOf(
  deps: Deps,
  spec: MessageSpec,
  posting = false,
): Promise<{ channelId?: string; messageId?: string | null; message: OutgoingMessage }> {
  if ('literal' in spec) return { message: spec.literal };
  if ('notice' in spec) return { message: deps.render({ notice: spec.notice }) };
  const data = await loadView(deps.db, spec.view, spec.id);
  if (!data) throw new NothingToDo(`${spec.view} ${spec.id} is gone`);
  const channelId = data.dmUser ? await deps.discord.openDm(data.dmUser) : data.channelId;
  // Certificates go with the post only (an edit keeps its files): names are read for it alone.
  if (posting && (data.view === 'checkin' || data.view === 'group-checkin') && data.completions?.length)
    data.names = await displayNames(
      deps.discord,
      data.completions[0]?.guildId ?? '',
      data.completions.map((c) => c.userId),
    );
  return { channelId, messageId: data.messageId, message: deps.render(data) };
}

/**
 * Whether a message the bot sent is this one. Buttons name the record they belong to (a
 * check-in, a report), so they tell it even if the text was rendered differently since;
 * without buttons, the text and embed titles must match.
 */
function sameMessage(sent: SentMessage, message: OutgoingMessage): boolean {
  if (message.nonce && sent.nonce === message.nonce) return true;
  const ids = (message.buttons ?? []).flat().map((b) => b.customId);
  if (ids.length) return sent.customIds.join('\n') === ids.join('\n');
  const titles = (message.embeds ?? []).map((e) => e.title);
  return (
    sent.customIds.length === 0 &&
    sent.content === (message.content ?? '') &&
    sent.embedTitles.join('\n') === titles.join('\n')
  );
}

/**
 * Posts a message once. If an earlier attempt may have reached Discord (the answer was lost,
 * or the process died), the bot's own messages since then are searched first and a match is
 * adopted; the nonce is only a second line.
 */
async function postOnce(deps: Deps, row: OutboxEntry, channelId: string, message: OutgoingMessage): Promise<string> {
  const withNonce = { ...message, nonce: message.nonce ?? `ob${row.id}` };
  if (row.attempts > 1 && row.firstAttemptAt) {
    const since = new Date(Date.parse(row.firstAttemptAt) - CLOCK_SKEW_MS);
    const candidates = (await deps.discord.ownMessagesSince(channelId, since)).filter((sent) =>
      sameMessage(sent, withNonce),
    );
    // A message another effect already owns (the same notice sent a minute before) is not this one.
    const owned = await ownedResults(
      deps.db,
      candidates.map((c) => c.id),
    );
    const earlier = candidates.filter((c) => !owned.has(c.id)).at(-1);
    if (earlier) return earlier.id;
  }
  return (await deps.discord.postMessage(channelId, withNonce)).id;
}

/** Replaces a message another effect sent: its text goes, and its buttons with it. */
async function replaceSent(deps: Deps, target: Target, sentBy: string, spec: MessageSpec): Promise<string> {
  const messageId = await sentMessageOf(deps.db, sentBy);
  if (!messageId) throw new NothingToDo(`${sentBy} sent nothing`);
  const { nonce: _nonce, ...message } = (await messageOf(deps, spec)).message;
  await deps.discord.editMessage(await channelOf(deps, target), messageId, { ...message, buttons: [] });
  return messageId;
}

/** Carries out one effect on Discord; returns what Discord made (a message or thread id). */
export async function deliver(deps: Deps, row: OutboxEntry, effect: Effect): Promise<string | null> {
  switch (effect.kind) {
    case 'create-thread': {
      if (row.attempts > 1) {
        const made = await deps.discord.findThread(row.guildId, effect.target.channel, effect.name);
        if (made) return made.id;
      }
      return (await deps.discord.createPrivateThread(effect.target.channel, effect.name)).id;
    }
    case 'add-member':
      await deps.discord.addThreadMember(row.guildId, await channelOf(deps, effect.target), effect.userId);
      return null;
    case 'remove-member':
      await deps.discord.removeThreadMember(await channelOf(deps, effect.target), effect.userId);
      return null;
    case 'post':
    case 'dm': {
      const { channelId, message } = await messageOf(deps, effect.message, true);
      return postOnce(deps, row, channelId ?? (await channelOf(deps, effect.target)), message);
    }
    case 'edit': {
      if ('sentBy' in effect) return replaceSent(deps, effect.target, effect.sentBy, effect.message);
      const { channelId, messageId, message } = await messageOf(deps, effect.message);
      if (!channelId || !messageId) throw new NothingToDo('no message to edit yet');
      const { nonce: _nonce, ...edit } = message;
      await deps.discord.editMessage(channelId, messageId, edit);
      return messageId;
    }
    case 'thread-state':
      await deps.discord.setThreadState(await channelOf(deps, effect.target), effect.state);
      return null;
    case 'add-role': {
      // The role may have gained staff powers, or moved, since an admin chose it: checked again.
      const refusal = await deps.discord.roleRefusal(row.guildId, effect.roleId);
      if (refusal) throw new RefusedError(403, 50013, `completion role refused: ${refusal}`);
      try {
        await deps.discord.addMemberRole(row.guildId, effect.target.user, effect.roleId);
      } catch (error) {
        if (error instanceof MemberGoneError) throw new NothingToDo(`member ${effect.target.user} left`);
        throw error;
      }
      return null;
    }
  }
}
