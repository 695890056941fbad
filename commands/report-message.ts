import { ActionRowBuilder, ApplicationCommandType, ContextMenuCommandBuilder, InteractionContextType, MessageFlags, ModalBuilder, TextInputBuilder, TextInputStyle } from 'discord.js';
import type { AppContext } from '../src/context.ts';
import { UserFacingError } from '../src/domain/errors.ts';
import { fileReport } from '../src/domain/reports/report-file.ts';
import { actorOf } from '../src/discord/actor.ts';
import type { Command, ComponentInteraction } from '../src/discord/command.ts';
import { replyPrivately } from '../src/discord/replies.ts';
import { t } from '../src/i18n/index.ts';

const data = new ContextMenuCommandBuilder().setName('Report to moderators').setType(ApplicationCommandType.Message).setContexts(InteractionContextType.Guild);

/** Right-click → Report to moderators: asks why, then keeps the message's link and author, never its text. */
async function submit(interaction: ComponentInteraction, ctx: AppContext, [channelId, messageId, authorId]: string[]): Promise<void> {
  if (!interaction.isModalSubmit() || !interaction.guildId) return;
  if (!channelId || !messageId || !authorId) throw new UserFacingError('error.staleButton');
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const saved = await fileReport(ctx, actorOf(interaction), channelId, {
    reason: interaction.fields.getTextInputValue('reason'),
    reportedId: authorId,
    messageLink: `https://discord.com/channels/${interaction.guildId}/${channelId}/${messageId}`,
  });
  await replyPrivately(interaction, t(interaction.locale, 'report.ack', { id: saved.id }));
}

export const reportMessage = {
  data,
  async execute(interaction) {
    if (!interaction.isMessageContextMenuCommand()) return;
    const message = interaction.targetMessage;
    const locale = interaction.locale;
    const reason = new TextInputBuilder().setCustomId('reason').setLabel(t(locale, 'report.modalReason').slice(0, 45)).setStyle(TextInputStyle.Paragraph).setMaxLength(1000).setRequired(true);
    const modal = new ModalBuilder()
      .setCustomId(`reportmsg:${message.channelId}:${message.id}:${message.author.id}`)
      .setTitle(t(locale, 'report.modalTitle').slice(0, 45))
      .addComponents(new ActionRowBuilder<TextInputBuilder>().addComponents(reason));
    await interaction.showModal(modal);
  },
  components: { reportmsg: submit },
} satisfies Command;
