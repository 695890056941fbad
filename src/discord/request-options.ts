import { TOPIC_FILTER_MAX } from '../custom-ids/requests.ts';
import type { SlashCommandSubcommandBuilder } from 'discord.js';
import { programOption } from './program-option.ts';

/** The options of /mentorship mentors, requests and availability, kept out of mentorship.ts. */
export const requestSubcommands = {
  mentors: (sub: SlashCommandSubcommandBuilder) =>
    sub
      .setName('mentors')
      .setDescription("Browse a program's mentors who have room, and ask one")
      .addStringOption(programOption)
      .addStringOption((o) =>
        o
          .setName('topic')
          .setDescription('Only mentors of this topic')
          .setAutocomplete(true)
          .setMaxLength(TOPIC_FILTER_MAX),
      ),
  requests: (sub: SlashCommandSubcommandBuilder) =>
    sub.setName('requests').setDescription('See your open mentoring requests, sent and received'),
  availability: (sub: SlashCommandSubcommandBuilder) =>
    sub
      .setName('availability')
      .setDescription('Mentors: say whether you take requests now')
      .addStringOption(programOption)
      .addStringOption((o) =>
        o
          .setName('status')
          .setDescription('open, full, or away')
          .setRequired(true)
          .addChoices(
            { name: 'open', value: 'open' },
            { name: 'full', value: 'full' },
            { name: 'away', value: 'away' },
          ),
      )
      .addStringOption((o) =>
        o.setName('until').setDescription('With away: back on this date, YYYY-MM-DD').setMaxLength(10),
      ),
};
