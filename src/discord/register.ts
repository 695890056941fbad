import { Routes, type REST } from 'discord.js';
import { commands } from '../../commands/index.ts';
import { localizeCommand } from '../i18n/localize-commands.ts';

export function commandPayloads() {
  return commands.map((command) => localizeCommand(command.data.toJSON()));
}

/** Registers every command: to one server while developing, else globally. Idempotent (PUT). */
export async function registerCommands(rest: REST, applicationId: string, guildId?: string): Promise<number> {
  const route = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  const registered = (await rest.put(route, { body: commandPayloads() })) as unknown[];
  return registered.length;
}
