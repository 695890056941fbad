import type { ChatInputCommandInteraction, SlashCommandStringOption, SlashCommandSubcommandBuilder } from 'discord.js';
import type { AppContext } from '../src/context.ts';
import { actorOf } from '../src/discord/actor.ts';
import { programOption } from '../src/discord/program-option.ts';
import { replyPrivately } from '../src/discord/replies.ts';
import { formatHourRange, WAKING_HOURS } from '../src/domain/meetings/available-hours.ts';
import { setMemberSettings } from '../src/domain/signups/member-settings.ts';
import { t } from '../src/i18n/index.ts';

/** The `available-hours` option of /mentorship join and settings. */
export const availableHoursOption = (o: SlashCommandStringOption) =>
  o
    .setName('available-hours')
    .setDescription('Local hours you can meet, start-end, e.g. 18-22 (default 9-21)')
    .setMaxLength(16);

export const settingsSubcommand = (sub: SlashCommandSubcommandBuilder) =>
  sub
    .setName('settings')
    .setDescription('Set your time zone and the hours you can meet, for /meet')
    .addStringOption(programOption)
    .addStringOption((o) =>
      o.setName('timezone').setDescription('Your IANA time zone, e.g. Europe/Paris').setMaxLength(64),
    )
    .addStringOption(availableHoursOption);

/** /mentorship settings: privately, what is now set. */
export async function settings(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const o = interaction.options;
  const { program, signup } = await setMemberSettings(ctx, actorOf(interaction), o.getString('program', true), {
    timezone: o.getString('timezone'),
    availableHours: o.getString('available-hours'),
  });
  const locale = interaction.locale;
  await replyPrivately(
    interaction,
    t(locale, 'settings.saved', {
      program: program.name,
      zone: signup.timezone ?? t(locale, 'settings.noZone'),
      hours: signup.availableHours ?? t(locale, 'settings.defaultHours', { hours: formatHourRange(WAKING_HOURS) }),
    }),
  );
}
