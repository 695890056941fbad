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

export function listAudit(db: Db, guildId: string, target?: string) {
  let query = db.selectFrom('audit_entries').selectAll().where('guild_id', '=', guildId);
  if (target) query = query.where('target', '=', target);
  return query.orderBy('id').execute();
}
