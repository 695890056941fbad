import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  ModalSubmitInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
  StringSelectMenuInteraction,
} from 'discord.js';
import type { IdCodec } from '../custom-ids/codec.ts';
import type { AppContext } from '../context.ts';
import { UserFacingError } from '../domain/errors.ts';
import type { Requirement } from './guard.ts';

export type ComponentInteraction = ButtonInteraction | StringSelectMenuInteraction | ModalSubmitInteraction;

/** A slash command or context menu: its registration JSON, who may run it, its handler, and the components it owns. */
export interface Command {
  data: { name: string; toJSON(): RESTPostAPIApplicationCommandsJSONBody };
  /** Who may run it, or each subcommand (see guard.ts); the router checks before `execute`. */
  requires: Requirement | Record<string, Requirement>;
  execute(
    interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
    ctx: AppContext,
  ): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: AppContext): Promise<void>;
  /** Handlers of the buttons, selects and forms the command owns, one per custom_id codec. */
  components?: readonly ComponentRoute[];
}

/** A component handler, found by its codec's name; the id is read before the handler sees it. */
export interface ComponentRoute {
  name: string;
  requires: Requirement;
  handle(interaction: ComponentInteraction, ctx: AppContext): Promise<void>;
}

/**
 * Routes the components of one custom_id codec to `handle`, with the id's value read and
 * checked: a stale, malformed or forged id is refused before any work.
 */
export function on<T>(
  codec: IdCodec<T>,
  requires: Requirement,
  handle: (interaction: ComponentInteraction, ctx: AppContext, value: T) => Promise<void>,
): ComponentRoute {
  return {
    name: codec.name,
    requires,
    handle(interaction, ctx) {
      const value = codec.parse(interaction.customId);
      if (value === null) throw new UserFacingError('error.staleButton');
      return handle(interaction, ctx, value);
    },
  };
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

/** What a command asks of whoever runs it: its own, or its subcommand's. Unknown is refused. */
export function requirementOf(command: Command, subcommand: string | null): Requirement {
  if (typeof command.requires === 'string') return command.requires;
  const requirement = subcommand ? command.requires[subcommand] : undefined;
  if (!requirement) throw new UserFacingError('error.staleButton');
  return requirement;
}
