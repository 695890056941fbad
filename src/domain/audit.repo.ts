import type { Db } from '../db/schema.ts';

export interface AuditInput {
  guildId: string;
  actorId: string;
  action: string;
  target: string;
  details?: Record<string, unknown>;
  at: Date;
}

/** Records an admin or moderator action; call it inside the action's transaction. */
export async function recordAudit(db: Db, entry: AuditInput): Promise<void> {
  await db
    .insertInto('audit_entries')
    .values({
      guild_id: entry.guildId,
      actor_id: entry.actorId,
      action: entry.action,
      target: entry.target,
      details: JSON.stringify(entry.details ?? {}),
      created_at: entry.at.toISOString(),
    })
    .execute();
}

/** A recorded admin or moderator action; `details` is JSON. */
export interface AuditEntry {
  id: number;
  guildId: string;
  actorId: string;
  action: string;
  target: string;
  details: string;
  createdAt: string;
}

export function listAudit(db: Db, guildId: string, target?: string): Promise<AuditEntry[]> {
  let query = db
    .selectFrom('audit_entries')
    .select([
      'id',
      'guild_id as guildId',
      'actor_id as actorId',
      'action',
      'target',
      'details',
      'created_at as createdAt',
    ])
    .where('guild_id', '=', guildId);
  if (target) query = query.where('target', '=', target);
  return query.orderBy('id').execute();
}
