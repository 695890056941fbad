import { sql, type RawBuilder } from 'kysely';
import type { GuildScope } from './guild-scope.ts';

/**
 * A condition on a `guild_id` column: the guild belongs to one of the scope's shards. The same
 * arithmetic as Discord's routing, in SQL both databases run (64-bit integers).
 */
export function inGuildScope(column: string, scope: GuildScope | null): RawBuilder<boolean> {
  if (!scope) return sql<boolean>`1 = 1`;
  const shard = sql`(cast(${sql.ref(column)} as bigint) >> 22) % ${sql.lit(scope.shardCount)}`;
  return sql<boolean>`${shard} in (${sql.join(scope.shardIds.map((id) => sql.lit(id)))})`;
}
