import type { Db } from '../../db/schema.ts';
import type { GuildScope } from '../guild-scope.ts';
import { inGuildScope } from '../guild-scope.repo.ts';

/** How many effects wait to be carried out for these shards' guilds, and since when the oldest was recorded. */
export async function pendingBacklog(
  db: Db,
  scope: GuildScope | null,
): Promise<{ pending: number; oldestCreatedAt: Date | null }> {
  const row = await db
    .selectFrom('outbox as o')
    .select(({ fn }) => [fn.countAll<number | string>().as('pending'), fn.min('o.created_at').as('oldest')])
    .where('o.status', '=', 'pending')
    .where(inGuildScope('o.guild_id', scope))
    .executeTakeFirst();
  return {
    pending: Number(row?.pending ?? 0),
    oldestCreatedAt: row?.oldest ? new Date(row.oldest) : null,
  };
}
