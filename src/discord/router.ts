import { randomBytes } from 'node:crypto';
import { Events, MessageFlags, PermissionFlagsBits, type ChatInputCommandInteraction, type Client, type Interaction } from 'discord.js';
import type { AppContext } from '../context.ts';
import { UserFacingError } from '../domain/errors.ts';
import { reportsStuckOutOfQueue } from '../domain/reports/report-queue.ts';
import { t } from '../i18n/index.ts';
import type { Command } from './command.ts';
import { replyPrivately } from './replies.ts';

function describe(interaction: Interaction): { kind: string; name: string } {
  if (interaction.isChatInputCommand()) {
    const sub = interaction.options.getSubcommand(false);
    return { kind: 'command', name: sub ? `${interaction.commandName} ${sub}` : interaction.commandName };
  }
  if (interaction.isCommand()) return { kind: 'context-menu', name: interaction.commandName };
  if (interaction.isAutocomplete()) return { kind: 'autocomplete', name: interaction.commandName };
  if (interaction.isMessageComponent() || interaction.isModalSubmit()) return { kind: 'component', name: interaction.customId.split(':')[0] ?? '' };
  return { kind: 'other', name: 'unknown' };
}

async function dispatch(interaction: Interaction, ctx: AppContext, commands: Map<string, Command>, components: Map<string, NonNullable<Command['components']>[string]>): Promise<void> {
  if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
    const command = commands.get(interaction.commandName);
    if (!command) throw new UserFacingError('error.staleButton');
    return command.execute(interaction, ctx);
  }
  if (interaction.isAutocomplete()) {
    return commands.get(interaction.commandName)?.autocomplete?.(interaction, ctx);
  }
  if (interaction.isButton() || interaction.isStringSelectMenu() || interaction.isModalSubmit()) {
    const [prefix = '', ...args] = interaction.customId.split(':');
    const handler = components.get(prefix);
    if (!handler) throw new UserFacingError('error.staleButton');
    return handler(interaction, ctx, args);
  }
}

const adminCommands = new Set(['program', 'match']);

/** After an admin command: if reports could not reach their channel, the admin hears of it. */
async function warnIfQueueBroken(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  if (!interaction.inGuild() || !interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) || !(interaction.replied || interaction.deferred)) return;
  const stuck = await reportsStuckOutOfQueue(ctx, interaction.guildId);
  const first = stuck[0];
  if (!first) return;
  const ids = stuck.map((r) => `#${r.id}`).join(', ');
  await interaction.followUp({ content: t(interaction.locale, 'report.queueBroken', { ids, channel: first.queue_channel_id }), flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
}

/**
 * Routes every interaction to its command or component handler. Refusals become private,
 * localized replies; anything unexpected is logged with a short reference the user also sees.
 * One log line per interaction: kind, name, outcome, milliseconds; never content.
 */
export function attachRouter(client: Client, ctx: AppContext, commandList: readonly Command[]): void {
  const commands = new Map(commandList.map((c) => [c.data.name, c]));
  const components = new Map(commandList.flatMap((c) => Object.entries(c.components ?? {})));
  client.on(Events.InteractionCreate, async (interaction) => {
    const started = performance.now();
    const { kind, name } = describe(interaction);
    let outcome = 'ok';
    let ref: string | undefined;
    try {
      await dispatch(interaction, ctx, commands, components);
      if (interaction.isChatInputCommand() && adminCommands.has(interaction.commandName)) await warnIfQueueBroken(interaction, ctx);
    } catch (error) {
      if (error instanceof UserFacingError) {
        outcome = 'refused';
        if (interaction.isRepliable()) await replyPrivately(interaction, t(interaction.locale, error.key, error.params)).catch(() => undefined);
      } else {
        outcome = 'error';
        ref = randomBytes(4).toString('hex');
        ctx.log.error('interaction.failed', { kind, name, ref, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
        if (interaction.isRepliable()) await replyPrivately(interaction, t(interaction.locale, 'error.unexpected', { ref })).catch(() => undefined);
      }
    }
    ctx.log.info('interaction', { kind, name, outcome, ms: Math.round(performance.now() - started), ...(ref ? { ref } : {}) });
  });
}
