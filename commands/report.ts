import { InteractionContextType, MessageFlags, SlashCommandBuilder } from 'discord.js';
import { fileReport } from '../src/domain/reports/report-file.ts';
import { actorOf } from '../src/discord/actor.ts';
import type { Command } from '../src/discord/command.ts';
import { replyPrivately } from '../src/discord/replies.ts';
import { t } from '../src/i18n/index.ts';

const data = new SlashCommandBuilder()
  .setName('report')
  .setDescription('Tell the moderators about a problem, privately')
  .setContexts(InteractionContextType.Guild)
  .addStringOption((o) => o.setName('reason').setDescription('What happened').setRequired(true).setMaxLength(1000))
  .addUserOption((o) => o.setName('member').setDescription('The member concerned, if any'))
  .addStringOption((o) =>
    o.setName('message-link').setDescription('Link to a message (right-click → Copy Message Link)').setMaxLength(200),
  )
  .addBooleanOption((o) =>
    o.setName('pause').setDescription('Inside your pair thread: pause the pairing at once while moderators look'),
  );

export const report = {
  data,
  requires: 'anyone',
  async execute(interaction, ctx) {
    if (!interaction.isChatInputCommand()) return;
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const reported = interaction.options.getUser('member');
    const saved = await fileReport(
      ctx,
      actorOf(interaction),
      interaction.channelId,
      {
        reason: interaction.options.getString('reason', true),
        reportedId: reported?.id ?? null,
        reportedIsBot: reported?.bot ?? false,
        messageLink: interaction.options.getString('message-link'),
      },
      { pause: interaction.options.getBoolean('pause') ?? false },
    );
    await replyPrivately(interaction, t(interaction.locale, 'report.ack', { id: saved.id }));
  },
} satisfies Command;
