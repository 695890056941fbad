import { randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { OutgoingMessage } from '../port.ts';
import { idleEditWaiting, insertEffects } from './outbox.repo.ts';
import type { MessageKey } from '../../i18n/index.ts';
import type { ViewName } from './views.ts';

/**
 * Where a message lands: a known channel, the pairing's thread as it is when sent (a grouped
 * pairing's is its group's), a group's thread, or a DM.
 */
export type Target = { channel: string } | { pairingThread: number } | { groupThread: number } | { user: string };

/** A thread, as it is when the effect is sent. */
export type ThreadTarget = { pairingThread: number } | { groupThread: number };

/** A message given whole, or rendered when it is sent from what the database says then. */
export type MessageSpec = { literal: OutgoingMessage } | { view: ViewName; id: number } | { notice: Notice };

/** A parameter of a notice: a value, or another catalogue text (a role's name, an outcome). */
export type NoticeParam = string | number | { key: MessageKey; params?: Record<string, string | number> };

/**
 * A message as data: a catalogue key, its parameters and the language; the views render it
 * when it is sent. `addressed` members are named before the text and are the only ones it
 * may mention; `mentionUsers` are further members its text names.
 */
export interface Notice {
  locale: string;
  key: MessageKey;
  params?: Record<string, NoticeParam>;
  addressed?: string[];
  mentionUsers?: string[];
}

export type Effect =
  | { kind: 'create-thread'; target: { channel: string }; name: string }
  | { kind: 'add-member'; target: ThreadTarget; userId: string }
  | { kind: 'remove-member'; target: ThreadTarget; userId: string }
  | { kind: 'post'; target: Target; message: MessageSpec }
  | { kind: 'edit'; message: { view: ViewName; id: number } }
  /** Replaces, without buttons, a message another effect (`sentBy`, its key) sent, if it was sent. */
  | { kind: 'edit'; target: { user: string } | { channel: string }; sentBy: string; message: MessageSpec }
  | { kind: 'thread-state'; target: Target; state: { archived?: boolean; locked?: boolean } }
  | { kind: 'dm'; target: { user: string }; message: MessageSpec }
  /** Gives a member a role (a member who left is skipped). */
  | { kind: 'add-role'; target: { user: string }; roleId: string };

export interface EffectRecord {
  guildId: string;
  /** Idempotency key: recording the same key twice keeps the first. */
  key: string;
  /** Effects of a chain are carried out one at a time, in the order they were recorded. */
  chain: string;
  /** `name:id` of a record to complete when Discord confirms (see subjects.ts). */
  subject?: string;
  effect: Effect;
}

export const pairingChain = (pairingId: number) => `pairing:${pairingId}`;
export const groupChain = (groupId: number) => `group:${groupId}`;
export const reportChain = (reportId: number) => `report:${reportId}`;
export const literal = (message: OutgoingMessage): MessageSpec => ({ literal: message });
export const notice = (value: Notice): MessageSpec => ({ notice: value });

/**
 * Records effects inside the caller's transaction, so they happen if and only if the state
 * change commits. A key already recorded is left as it is.
 */
export async function recordEffects(trx: Transaction<DB>, now: Date, records: readonly EffectRecord[]): Promise<void> {
  if (records.length === 0) return;
  const at = now.toISOString();
  const rows = records.map(({ guildId, key, chain, subject, effect }) => {
    const { kind, ...rest } = effect;
    const { target, ...payload } = rest as { target?: Target };
    return {
      guildId,
      key,
      chain,
      kind,
      target: JSON.stringify(target ?? null),
      payload: JSON.stringify(payload),
      subject: subject ?? null,
      status: 'pending' as const,
      nextAttemptAt: at,
      createdAt: at,
    };
  });
  await insertEffects(trx, rows);
}

/** Reads back a row's effect. */
export function effectOf(row: { kind: Effect['kind']; target: string; payload: string }): Effect {
  const target = JSON.parse(row.target) as Target | null;
  return { kind: row.kind, ...(target ? { target } : {}), ...(JSON.parse(row.payload) as object) } as Effect;
}

/**
 * Records that a message the bot keeps up to date (a report card, a sign-up panel) must show
 * what the database says now. The edit is rendered when sent, so one still waiting already
 * covers this change: a burst of changes makes one edit.
 */
export async function recordViewRefresh(
  trx: Transaction<DB>,
  at: { guildId: string; chain: string; view: ViewName; id: number },
  now: Date,
): Promise<void> {
  const subject = `${at.view}-edit:${at.id}`;
  if (await idleEditWaiting(trx, subject)) return;
  const key = `${subject}:${now.getTime()}:${randomBytes(4).toString('hex')}`;
  await recordEffects(trx, now, [
    {
      guildId: at.guildId,
      key,
      chain: at.chain,
      subject,
      effect: { kind: 'edit', message: { view: at.view, id: at.id } },
    },
  ]);
}
