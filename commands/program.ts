import { ChannelType, InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { AppContext } from '../src/context.ts';
import { UserFacingError } from '../src/domain/errors.ts';
import { programDefaults, templateIds } from '../src/domain/programs/program.input.ts';
import { scheduleSummary, templateName } from '../src/domain/programs/program-text.ts';
import { createProgram, openSignups, summarisePrograms } from '../src/domain/programs/program.service.ts';
import { requireAdmin } from '../src/domain/actor.ts';
import { actorOf } from '../src/discord/actor.ts';
import { bySubcommand, type Command } from '../src/discord/command.ts';
import { autocompletePrograms, programOption } from '../src/discord/program-option.ts';
import { t, type MessageKey } from '../src/i18n/index.ts';

const weekdays = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ name: t('en', `weekday.${day}` as MessageKey), value: day }));

const data = new SlashCommandBuilder()
  .setName('program')
  .setDescription('Create and run mentorship programs')
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addSubcommand((sub) =>
    sub
      .setName('create')
      .setDescription('Create a mentorship program from a template')
      .addStringOption((o) => o.setName('name').setDescription('Program name, unique in this server').setRequired(true).setMaxLength(60))
      .addStringOption((o) =>
        o
          .setName('template')
          .setDescription('The guided plan')
          .setRequired(true)
          .addChoices(...templateIds.map((id) => ({ name: t('en', `template.${id}`), value: id }))),
      )
      .addChannelOption((o) => o.setName('channel').setDescription('Text channel where private pair threads are made').setRequired(true).addChannelTypes(ChannelType.GuildText))
      .addChannelOption((o) => o.setName('report-channel').setDescription('Staff-only channel where reports go').setRequired(true).addChannelTypes(ChannelType.GuildText))
      .addRoleOption((o) => o.setName('moderator-role').setDescription('Role that works the report queue'))
      .addIntegerOption((o) => o.setName('checkin-day').setDescription('Day of the weekly check-in (default Monday)').addChoices(...weekdays))
      .addIntegerOption((o) => o.setName('checkin-hour').setDescription('Hour of the check-in, 0-23 (default 17)').setMinValue(0).setMaxValue(23))
      .addStringOption((o) => o.setName('timezone').setDescription('IANA time zone, e.g. Europe/Paris (default UTC)').setMaxLength(64))
      .addIntegerOption((o) => o.setName('weeks').setDescription('Length in weeks (default 8)').setMinValue(1).setMaxValue(52))
      .addIntegerOption((o) => o.setName('mentor-capacity').setDescription('Mentees per mentor (default 1)').setMinValue(1).setMaxValue(25))
      .addIntegerOption((o) => o.setName('every-weeks').setDescription('Weeks between check-ins (default 1)').setMinValue(1).setMaxValue(4)),
  )
  .addSubcommand((sub) => sub.setName('list').setDescription("List this server's programs"))
  .addSubcommand((sub) => sub.setName('open').setDescription('Open sign-ups and post the sign-up panel').addStringOption(programOption));

function textChannelId(interaction: ChatInputCommandInteraction, option: string): string {
  const channel = interaction.options.getChannel(option, true);
  if (channel.type !== ChannelType.GuildText) throw new UserFacingError('error.wrongChannelType', { channel: `<#${channel.id}>` });
  return channel.id;
}

async function create(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const actor = actorOf(interaction);
  requireAdmin(actor);
  const o = interaction.options;
  const program = await createProgram(ctx, actor, {
    name: o.getString('name', true),
    template: o.getString('template', true) as (typeof templateIds)[number],
    pairChannelId: textChannelId(interaction, 'channel'),
    reportChannelId: textChannelId(interaction, 'report-channel'),
    moderatorRoleId: o.getRole('moderator-role')?.id ?? programDefaults.moderatorRoleId,
    checkinDay: o.getInteger('checkin-day') ?? programDefaults.checkinDay,
    checkinHour: o.getInteger('checkin-hour') ?? programDefaults.checkinHour,
    timezone: o.getString('timezone') ?? programDefaults.timezone,
    weeks: o.getInteger('weeks') ?? programDefaults.weeks,
    mentorCapacity: o.getInteger('mentor-capacity') ?? programDefaults.mentorCapacity,
    everyWeeks: o.getInteger('every-weeks') ?? programDefaults.everyWeeks,
  });
  const locale = interaction.locale;
  await interaction.reply({
    content: t(locale, 'program.created', { program: program.name, template: templateName(locale, program), schedule: scheduleSummary(locale, program) }),
    flags: MessageFlags.Ephemeral,
    allowedMentions: { parse: [] },
  });
}

async function list(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const locale = interaction.locale;
  const summaries = await summarisePrograms(ctx, actorOf(interaction));
  const lines = summaries.map(({ program, mentors, mentees }) =>
    t(locale, 'program.listLine', {
      program: program.name,
      template: templateName(locale, program),
      status: t(locale, `status.${program.status}`),
      signups: program.signups_open ? t(locale, 'program.signupsOpenTag') : '',
      mentors,
      mentees,
    }),
  );
  const content = lines.length ? `**${t(locale, 'program.listTitle')}**\n${lines.join('\n')}`.slice(0, 2000) : t(locale, 'program.listEmpty');
  await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
}

async function open(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const actor = actorOf(interaction);
  requireAdmin(actor);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const program = await openSignups(ctx, actor, interaction.options.getString('program', true));
  await interaction.editReply({ content: t(interaction.locale, 'program.opened', { program: program.name, channel: program.pair_channel_id }), allowedMentions: { parse: [] } });
}

export const program = {
  data,
  execute: bySubcommand({ create, list, open }),
  autocomplete: autocompletePrograms,
} satisfies Command;
