/**
 * The guilds whose work this process does: those of its shards. Discord routes a guild to
 * shard (guild_id >> 22) % shard count; a process without shards (or with all of them) does
 * every guild's work, written `null`.
 */
export interface GuildScope {
  shardIds: readonly number[];
  shardCount: number;
}

export function guildScope(shardIds: readonly number[], shardCount: number): GuildScope | null {
  const all = shardCount <= 1 || new Set(shardIds).size === shardCount;
  return all ? null : { shardIds: [...new Set(shardIds)].sort((a, b) => a - b), shardCount };
}

export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}
