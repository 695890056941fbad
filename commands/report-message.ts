import {
  ActionRowBuilder,
  ApplicationCommandType,
  ContextMenuCommandBuilder,
  DiscordAPIError,
  InteractionContextType,
  MessageFlags,
  ModalBuilder,
  Routes,
  TextInputBuilder,
  TextInputStyle,
  type APIMessage,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { AppContext } from '../src/context.ts';
import { reportMessageFormId } from '../src/custom-ids/reports.ts';
import { UserFacingError } from '../src/domain/errors.ts';
import { fileReport } from '../src/domain/reports/report-file.ts';
import { refuseImpossibleSubject } from '../src/domain/reports/report.input.ts';
import { actorOf } from '../src/discord/actor.ts';
import { on, type Command, type ComponentInteraction } from '../src/discord/command.ts';
import { replyPrivately } from '../src/discord/replies.ts';
import { t } from '../src/i18n/index.ts';

const data = new ContextMenuCommandBuilder()
  .setName('Report to moderators')
  .setType(ApplicationCommandType.Message)
  .setContexts(InteractionContextType.Guild);

/** Bots and webhooks: their "author" is no member to report. */
const byBot = (author: { bot?: boolean }, webhookId: string | null | undefined) =>
  author.bot === true || Boolean(webhookId);

/**
 * The reported message as Discord shows it now. It must be in the channel the form was sent
 * from: Discord vouches that the member sees that channel, and that it is in this server.
 */
async function reportedMessage(
  interaction: ModalSubmitInteraction,
  channelId: string,
  messageId: string,
): Promise<APIMessage> {
  if (channelId !== interaction.channelId) throw new UserFacingError('error.reportedMessageGone');
  try {
    return (await interaction.client.rest.get(Routes.channelMessage(channelId, messageId))) as APIMessage;
  } catch (error) {
    if (error instanceof DiscordAPIError && (error.status === 403 || error.status === 404))
      throw new UserFacingError('error.reportedMessageGone');
    throw error;
  }
}

/**
 * Right-click → Report to moderators: asks why, then keeps the message's link and author, never
 * its text. The form's id names the message only; a form can be forged, so the author is read
 * again from Discord on submit.
 */
async function submit(
  interaction: ComponentInteraction,
  ctx: AppContext,
  [channelId, messageId]: [string, string],
): Promise<void> {
  if (!interaction.isModalSubmit() || !interaction.guildId) return;
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const message = await reportedMessage(interaction, channelId, messageId);
  const saved = await fileReport(ctx, actorOf(interaction), channelId, {
    reason: interaction.fields.getTextInputValue('reason'),
    reportedId: message.author.id,
    reportedIsBot: byBot(message.author, message.webhook_id),
    aboutMessage: true,
    messageLink: `https://discord.com/channels/${interaction.guildId}/${channelId}/${message.id}`,
  });
  await replyPrivately(interaction, t(interaction.locale, 'report.ack', { id: saved.id }));
}

export const reportMessage = {
  data,
  requires: 'anyone',
  async execute(interaction) {
    if (!interaction.isMessageContextMenuCommand()) return;
    const message = interaction.targetMessage;
    refuseImpossibleSubject(
      { reportedId: message.author.id, reportedIsBot: byBot(message.author, message.webhookId), aboutMessage: true },
      interaction.user.id,
    );
    const locale = interaction.locale;
    const reason = new TextInputBuilder()
      .setCustomId('reason')
      .setLabel(t(locale, 'report.modalReason').slice(0, 45))
      .setStyle(TextInputStyle.Paragraph)
      .setMaxLength(1000)
      .setRequired(true);
    const modal = new ModalBuilder()
      .setCustomId(reportMessageFormId.encode([message.channelId, message.id]))
      .setTitle(t(locale, 'report.modalTitle').slice(0, 45))
      .addComponents(new ActionRowBuilder<TextInputBuilder>().addComponents(reason));
    await interaction.showModal(modal);
  },
  components: [on(reportMessageFormId, 'anyone', submit)],
} satisfies Command;
