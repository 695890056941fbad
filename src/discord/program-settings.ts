import { ChannelType, type ChatInputCommandInteraction, type SlashCommandSubcommandBuilder } from 'discord.js';
import { UserFacingError } from '../domain/errors.ts';
import { matchingModes, templateIds, type CreateProgramInput } from '../domain/programs/program.input.ts';
import { t, type MessageKey } from '../i18n/index.ts';

const weekdays = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ name: t('en', `weekday.${day}` as MessageKey), value: day }));

/**
 * The options /program create and /program edit share. Create requires the first four;
 * edit takes every one as optional (Discord wants required options first).
 */
export function addSettingOptions(
  sub: SlashCommandSubcommandBuilder,
  required: boolean,
): SlashCommandSubcommandBuilder {
  return sub
    .addStringOption((o) =>
      o
        .setName('name')
        .setDescription(required ? 'Program name, unique in this server' : 'New name')
        .setRequired(required)
        .setMaxLength(60),
    )
    .addStringOption((o) =>
      o
        .setName('template')
        .setDescription('The guided plan')
        .setRequired(required)
        .addChoices(...templateIds.map((id) => ({ name: t('en', `template.${id}`), value: id }))),
    )
    .addChannelOption((o) =>
      o
        .setName('channel')
        .setDescription('Text channel where private pair threads are made')
        .setRequired(required)
        .addChannelTypes(ChannelType.GuildText),
    )
    .addChannelOption((o) =>
      o
        .setName('report-channel')
        .setDescription('Staff-only channel where reports go')
        .setRequired(required)
        .addChannelTypes(ChannelType.GuildText),
    )
    .addRoleOption((o) => o.setName('moderator-role').setDescription('Role that works the report queue'))
    .addIntegerOption((o) =>
      o
        .setName('checkin-day')
        .setDescription('Day of the weekly check-in (default Monday)')
        .addChoices(...weekdays),
    )
    .addIntegerOption((o) =>
      o
        .setName('checkin-hour')
        .setDescription('Hour of the check-in, 0-23 (default 17)')
        .setMinValue(0)
        .setMaxValue(23),
    )
    .addStringOption((o) =>
      o.setName('timezone').setDescription('IANA time zone, e.g. Europe/Paris (default UTC)').setMaxLength(64),
    )
    .addIntegerOption((o) =>
      o.setName('weeks').setDescription('Length in weeks (default 8)').setMinValue(1).setMaxValue(52),
    )
    .addIntegerOption((o) =>
      o.setName('mentor-capacity').setDescription('Mentees per mentor (default 1)').setMinValue(1).setMaxValue(25),
    )
    .addIntegerOption((o) =>
      o.setName('every-weeks').setDescription('Weeks between check-ins (default 1)').setMinValue(1).setMaxValue(4),
    )
    .addStringOption((o) =>
      o
        .setName('format')
        .setDescription('One mentor and one mentee per thread, or a mentor with a group (default one-to-one)')
        .addChoices({ name: 'One-to-one', value: 'one-to-one' }, { name: 'Group', value: 'group' }),
    )
    .addStringOption((o) =>
      o
        .setName('matching')
        .setDescription('Who makes pairs: admins, mentees by request, or both (default admin)')
        .addChoices(...matchingModes.map((mode) => ({ name: mode, value: mode }))),
    )
    .addIntegerOption((o) =>
      o
        .setName('request-days')
        .setDescription('Days a mentor has to answer a request (default 3)')
        .setMinValue(1)
        .setMaxValue(14),
    )
    .addIntegerOption((o) =>
      o
        .setName('pulse-week')
        .setDescription('The week members are asked how their pairing goes (default 4; 0 turns it off)')
        .setMinValue(0)
        .setMaxValue(52),
    )
    .addRoleOption((o) => o.setName('completion-role').setDescription('Role given to members who finish the program'));
}

function textChannelId(interaction: ChatInputCommandInteraction, option: string): string | undefined {
  const channel = interaction.options.getChannel(option);
  if (!channel) return undefined;
  if (channel.type !== ChannelType.GuildText)
    throw new UserFacingError('error.wrongChannelType', { channel: `<#${channel.id}>` });
  return channel.id;
}

/** The settings given in the interaction's options; absent ones are left out. */
export function readSettings(interaction: ChatInputCommandInteraction): Partial<CreateProgramInput> {
  const o = interaction.options;
  const settings: Partial<CreateProgramInput> = {
    name: o.getString('name') ?? undefined,
    template: (o.getString('template') as CreateProgramInput['template'] | null) ?? undefined,
    pairChannelId: textChannelId(interaction, 'channel'),
    reportChannelId: textChannelId(interaction, 'report-channel'),
    moderatorRoleId: o.getRole('moderator-role')?.id,
    checkinDay: o.getInteger('checkin-day') ?? undefined,
    checkinHour: o.getInteger('checkin-hour') ?? undefined,
    timezone: o.getString('timezone') ?? undefined,
    weeks: o.getInteger('weeks') ?? undefined,
    mentorCapacity: o.getInteger('mentor-capacity') ?? undefined,
    everyWeeks: o.getInteger('every-weeks') ?? undefined,
    format: (o.getString('format') as CreateProgramInput['format'] | null) ?? undefined,
    matching: (o.getString('matching') as CreateProgramInput['matching'] | null) ?? undefined,
    requestDays: o.getInteger('request-days') ?? undefined,
    pulseWeek: o.getInteger('pulse-week') ?? undefined,
    completionRoleId: o.getRole('completion-role')?.id,
  };
  return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined));
}
