import {
  AttachmentBuilder,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
} from 'discord.js';
import type { AppContext } from '../src/context.ts';
import { programEndId } from '../src/custom-ids/confirm.ts';
import { editProgram } from '../src/domain/programs/program-edit.ts';
import { assertCompletionRoleGivable } from '../src/domain/programs/completion-role.ts';
import { closeSignups, endProgram, programToEnd } from '../src/domain/programs/program-lifecycle.ts';
import { programStats } from '../src/domain/programs/program-stats.ts';
import { scheduleSummary, templateName } from '../src/discord/views/program-text.ts';
import { programDefaults, type CreateProgramInput } from '../src/domain/programs/program.input.ts';
import { createProgram, openSignups, programInfo, summarisePrograms } from '../src/domain/programs/program.service.ts';
import { adminOf } from '../src/discord/actor.ts';
import { bySubcommand, on, type Command, type ComponentInteraction } from '../src/discord/command.ts';
import { autocompletePrograms, programOption } from '../src/discord/program-option.ts';
import { addSettingOptions, readSettings } from '../src/discord/program-settings.ts';
import { replyOptions, replyPrivately } from '../src/discord/replies.ts';
import { answerRateChart } from '../src/discord/views/answer-rate-chart.ts';
import {
  programInfoEmbed,
  programListText,
  programOpenedText,
  programStatsEmbed,
} from '../src/discord/views/program-views.ts';
import { t } from '../src/i18n/index.ts';
import { requestStats } from '../src/domain/requests/request-stats.ts';
import { pulseStatsFields } from '../src/discord/views/pulse-views.ts';
import { requestStatsField } from '../src/discord/views/request-views.ts';
import { addExportSubcommand, exportData } from './program-export.ts';

const data = new SlashCommandBuilder()
  .setName('program')
  .setDescription('Create and run mentorship programs')
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addSubcommand((sub) =>
    addSettingOptions(sub.setName('create').setDescription('Create a mentorship program from a template'), true),
  )
  .addSubcommand((sub) =>
    addSettingOptions(
      sub.setName('edit').setDescription("Change a program's settings").addStringOption(programOption),
      false,
    ),
  )
  .addSubcommand((sub) => sub.setName('list').setDescription("List this server's programs"))
  .addSubcommand((sub) =>
    sub.setName('info').setDescription("Show a program's settings and people").addStringOption(programOption),
  )
  .addSubcommand((sub) =>
    sub.setName('open').setDescription('Open sign-ups and post the sign-up panel').addStringOption(programOption),
  )
  .addSubcommand((sub) =>
    sub.setName('close').setDescription('Close sign-ups; pairings go on').addStringOption(programOption),
  )
  .addSubcommand((sub) =>
    sub
      .setName('end')
      .setDescription('End every pairing and stop check-ins (asks to confirm)')
      .addStringOption(programOption),
  )
  .addSubcommand((sub) => sub.setName('stats').setDescription("Show a program's health").addStringOption(programOption))
  .addSubcommand(addExportSubcommand);

/** Only an admin who may give roles themselves may choose a role the bot gives. */
const roleSetter = (interaction: ChatInputCommandInteraction) => ({
  canManageRoles: interaction.memberPermissions?.has(PermissionFlagsBits.ManageRoles) ?? false,
});

async function create(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const actor = adminOf(interaction);
  const settings = readSettings(interaction);
  if (settings.completionRoleId) {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    await assertCompletionRoleGivable(ctx, actor.guildId, settings.completionRoleId, roleSetter(interaction));
  }
  const program = await createProgram(ctx, actor, { ...programDefaults, ...settings } as CreateProgramInput);
  const locale = interaction.locale;
  await replyPrivately(
    interaction,
    t(locale, 'program.created', {
      program: program.name,
      template: templateName(locale, program),
      schedule: scheduleSummary(locale, program),
    }),
  );
}

async function edit(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const actor = adminOf(interaction);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const settings = readSettings(interaction);
  if (settings.completionRoleId)
    await assertCompletionRoleGivable(ctx, actor.guildId, settings.completionRoleId, roleSetter(interaction));
  const { program, changed } = await editProgram(ctx, actor, interaction.options.getString('program', true), settings);
  const names = {
    pairChannelId: 'channel',
    reportChannelId: 'report-channel',
    moderatorRoleId: 'moderator-role',
    checkinDay: 'checkin-day',
    checkinHour: 'checkin-hour',
    mentorCapacity: 'mentor-capacity',
    everyWeeks: 'every-weeks',
    requestDays: 'request-days',
    pulseWeek: 'pulse-week',
    completionRoleId: 'completion-role',
  } as Record<string, string>;
  await replyPrivately(
    interaction,
    t(interaction.locale, 'program.edited', {
      program: program.name,
      changes: changed.map((field) => names[field] ?? field).join(', '),
    }),
  );
}

async function list(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const locale = interaction.locale;
  const summaries = await summarisePrograms(ctx, adminOf(interaction));
  await replyPrivately(interaction, programListText(locale, summaries));
}

async function info(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const { program, people } = await programInfo(
    ctx,
    adminOf(interaction),
    interaction.options.getString('program', true),
  );
  const embed = programInfoEmbed(interaction.locale, program, people, ctx.retentionDays);
  await interaction.reply(replyOptions({ embeds: [embed] }, true));
}

async function open(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const actor = adminOf(interaction);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const program = await openSignups(ctx, actor, interaction.options.getString('program', true));
  await replyPrivately(interaction, programOpenedText(interaction.locale, program));
}

async function close(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const actor = adminOf(interaction);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const { program, told } = await closeSignups(
    ctx,
    actor,
    interaction.options.getString('program', true),
    interaction.guild?.name ?? '',
  );
  await replyPrivately(interaction, t(interaction.locale, 'program.closed', { program: program.name, waiting: told }));
}

async function end(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const { program, pairs } = await programToEnd(
    ctx,
    adminOf(interaction),
    interaction.options.getString('program', true),
  );
  const locale = interaction.locale;
  const message = {
    content: t(locale, 'program.endConfirm', { program: program.name, pairs }),
    buttons: [
      [
        {
          customId: programEndId.encode(['confirm', program.id]),
          label: t(locale, 'program.endConfirmButton'),
          style: 'danger' as const,
        },
        {
          customId: programEndId.encode(['cancel', program.id]),
          label: t(locale, 'program.cancelButton'),
          style: 'secondary' as const,
        },
      ],
    ],
  };
  await interaction.reply(replyOptions(message, true));
}

/** The confirmation buttons of /program end; the clicker must be an admin too. */
async function confirmEnd(
  interaction: ComponentInteraction,
  ctx: AppContext,
  [choice, programId]: ['confirm' | 'cancel', number],
): Promise<void> {
  if (!interaction.isButton()) return;
  const actor = adminOf(interaction);
  if (choice === 'cancel') {
    await interaction.update({ content: t(interaction.locale, 'program.endCancelled'), components: [] });
    return;
  }
  await interaction.deferUpdate();
  const { program, pairs } = await endProgram(ctx, actor, programId);
  await interaction.editReply({
    content: t(interaction.locale, 'program.ended', { program: program.name, pairs }),
    components: [],
    allowedMentions: { parse: [] },
  });
}

async function stats(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const actor = adminOf(interaction);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const result = await programStats(ctx, actor, interaction.options.getString('program', true));
  const locale = interaction.locale;
  const requests = requestStatsField(locale, await requestStats(ctx.db, result.program.id));
  const base = programStatsEmbed(locale, result);
  const pulse = pulseStatsFields(locale, result.pulse);
  const embed = { ...base, fields: [...(base.fields ?? []), requests, ...pulse] };
  const files = result.weeks.length
    ? [
        new AttachmentBuilder(
          answerRateChart(result.weeks, {
            title: t(locale, 'stats.chartTitle'),
            week: t(locale, 'stats.chartWeek'),
            locale,
          }),
          { name: 'answer-rate.png' },
        ),
      ]
    : [];
  const options = replyOptions(
    { embeds: [{ ...embed, ...(files.length ? { image: 'attachment://answer-rate.png' } : {}) }] },
    false,
  );
  await interaction.editReply({ embeds: options.embeds, files, allowedMentions: { parse: [] } });
}

export const program = {
  data,
  requires: 'admin',
  execute: bySubcommand({ create, edit, list, info, open, close, end, stats, export: exportData }),
  autocomplete: autocompletePrograms,
  components: [on(programEndId, 'admin', confirmEnd)],
} satisfies Command;
