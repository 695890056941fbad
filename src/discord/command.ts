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
