import type { AutocompleteInteraction, SlashCommandStringOption } from 'discord.js';
import type { AppContext } from '../context.ts';
import { programNamesStartingWith } from '../domain/programs/program.repo.ts';

/** The `program` option every command shares: a required string that autocompletes. */
export const programOption = (option: SlashCommandStringOption) =>
  option
    .setName('program')
    .setDescription('The mentorship program')
    .setRequired(true)
    .setAutocomplete(true)
    .setMaxLength(60);

/** Answers autocomplete from the (guild_id, name_key) index: fast even with hundreds of programs. */
export async function autocompletePrograms(interaction: AutocompleteInteraction, ctx: AppContext): Promise<void> {
  if (!interaction.guildId) return interaction.respond([]);
  const typed = String(interaction.options.getFocused());
  const names = await programNamesStartingWith(ctx.db, interaction.guildId, typed, 25);
  await interaction.respond(names.map((name) => ({ name, value: name })));
}
