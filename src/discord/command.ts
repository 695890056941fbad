import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  ModalSubmitInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
  StringSelectMenuInteraction,
} from 'discord.js';
import type { AppContext } from '../context.ts';

export type ComponentInteraction = ButtonInteraction | StringSelectMenuInteraction | ModalSubmitInteraction;

/** A slash command or context menu: its registration JSON, its handler, and the components it owns. */
export interface Command {
  data: { name: string; toJSON(): RESTPostAPIApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction, ctx: AppContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: AppContext): Promise<void>;
  /** Handlers for buttons, selects and modals, keyed by the first segment of their custom_id. */
  components?: Record<string, (interaction: ComponentInteraction, ctx: AppContext, args: string[]) => Promise<void>>;
}

type SubcommandHandler = (interaction: ChatInputCommandInteraction, ctx: AppContext) => Promise<void>;

/** A command's `execute` that hands each subcommand to its own small function. */
export function bySubcommand(handlers: Record<string, SubcommandHandler>): Command['execute'] {
  return async (interaction, ctx) => {
    if (!interaction.isChatInputCommand()) return;
    const handler = handlers[interaction.options.getSubcommand()];
    if (handler) await handler(interaction, ctx);
  };
}
