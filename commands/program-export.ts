import { AttachmentBuilder, MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import type { AppContext } from '../src/context.ts';
import { adminOf } from '../src/discord/actor.ts';
import type { CsvFile } from '../src/domain/exports/csv.ts';
import { exportKinds, exportProgram, type ExportChoice } from '../src/domain/exports/program-export.ts';
import { t } from '../src/i18n/index.ts';
import type { SlashCommandSubcommandBuilder } from 'discord.js';
import { programOption } from '../src/discord/program-option.ts';

/** Discord takes at most ten files in one message. */
const FILES_PER_MESSAGE = 10;

const choiceNames: Record<ExportChoice, string> = {
  all: 'All',
  pairs: 'Pairs',
  signups: 'Sign-ups',
  checkins: 'Check-in answers',
  reports: 'Report counts',
};

export function addExportSubcommand(sub: SlashCommandSubcommandBuilder): SlashCommandSubcommandBuilder {
  return sub
    .setName('export')
    .setDescription("Send yourself a program's data as CSV files")
    .addStringOption(programOption)
    .addStringOption((option) =>
      option
        .setName('what')
        .setDescription('Which data (default all)')
        .addChoices(...(['all', ...exportKinds] as const).map((value) => ({ name: choiceNames[value], value }))),
    );
}

/**
 * Groups files into messages Discord accepts: ten files at most, and at most `limit` bytes in
 * all (each file was already cut to fit).
 */
export function messagesOf(files: CsvFile[], limit: number): CsvFile[][] {
  const messages: CsvFile[][] = [];
  let current: CsvFile[] = [];
  let size = 0;
  for (const file of files) {
    if (current.length === FILES_PER_MESSAGE || (current.length && size + file.data.length > limit)) {
      messages.push(current);
      current = [];
      size = 0;
    }
    current.push(file);
    size += file.data.length;
  }
  if (current.length) messages.push(current);
  return messages;
}

/** /program export: the data comes as ephemeral messages with CSV files, only to the admin who asked. */
export async function exportData(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const actor = adminOf(interaction);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const what = (interaction.options.getString('what') ?? 'all') as ExportChoice;
  // Parts small enough that ten of them, with their multipart wrapping, fit one message.
  const limit = interaction.attachmentSizeLimit;
  const partBytes = Math.floor(limit / FILES_PER_MESSAGE) - 1024;
  const name = interaction.options.getString('program', true);
  const { program, files } = await exportProgram(ctx, actor, name, what, partBytes);
  const messages = messagesOf(files, limit);
  const locale = interaction.locale;
  for (const [index, group] of messages.entries()) {
    const attachments = group.map((file) => new AttachmentBuilder(file.data, { name: file.name }));
    const content =
      index === 0
        ? t(locale, 'export.done', { program: program.name, files: group.map((f) => f.name).join(', ') })
        : t(locale, 'export.more', { program: program.name, part: index + 1, parts: messages.length });
    const body = { content, files: attachments, allowedMentions: { parse: [] as [] } };
    if (index === 0) await interaction.editReply(body);
    else await interaction.followUp({ ...body, flags: MessageFlags.Ephemeral });
  }
}
