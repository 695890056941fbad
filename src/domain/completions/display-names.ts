import type { DiscordPort } from '../port.ts';

/** Members' names as the server shows them now; one who left keeps no name (the view falls back). */
export async function displayNames(
  discord: DiscordPort,
  guildId: string,
  userIds: readonly string[],
): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  for (const userId of userIds) {
    const name = await discord.memberDisplayName(guildId, userId);
    if (name) names[userId] = name;
  }
  return names;
}
