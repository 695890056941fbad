import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { groupCheckinSummary } from '../src/domain/groups/group-summary.ts';
import { actorOf } from '../src/discord/actor.ts';
import type { Command } from '../src/discord/command.ts';
import { replyPrivately } from '../src/discord/replies.ts';
import { groupSummaryText } from '../src/discord/views/group-summary-view.ts';

/**
 * /checkin-summary: a group's mentor sees each member's answer to the latest check-in. A command
 * of its own, because Discord does not let /checkin, whose options answer the check-in, also
 * have subcommands.
 */
const data = new SlashCommandBuilder()
  .setName('checkin-summary')
  .setDescription("Your group's latest check-in, member by member (group mentors only)")
  .setContexts(InteractionContextType.Guild);

export const checkinSummary = {
  data,
  requires: 'pairMember',
  async execute(interaction, ctx) {
    if (!interaction.isChatInputCommand()) return;
    const summary = await groupCheckinSummary(ctx, actorOf(interaction), interaction.channelId);
    await replyPrivately(interaction, groupSummaryText(interaction.locale, summary));
  },
} satisfies Command;
