import { InteractionContextType, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { AppContext } from '../src/context.ts';
import { meetPickId, meetWithdrawId } from '../src/custom-ids/meet.ts';
import { actorOf } from '../src/discord/actor.ts';
import { on, type Command, type ComponentInteraction } from '../src/discord/command.ts';
import { replyOptions } from '../src/discord/replies.ts';
import { pickedText, proposalMessage } from '../src/discord/views/meet-views.ts';
import { pickMeeting, proposeMeeting, withdrawMeetingProposal } from '../src/domain/meetings/meeting.service.ts';
import { t } from '../src/i18n/index.ts';

const data = new SlashCommandBuilder()
  .setName('meet')
  .setDescription('Propose three times to meet that suit both of you (inside your mentorship thread)')
  .setContexts(InteractionContextType.Guild);

/** /meet: the proposal is the command's public reply in the thread; it mentions only the partner. */
async function execute(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const { proposal, program, partnerId, members } = await proposeMeeting(
    ctx,
    actorOf(interaction),
    interaction.channelId,
  );
  await interaction.reply(replyOptions(proposalMessage(program.locale, proposal, partnerId, members), false));
}

/** A time's button: the proposer's partner picks it; the proposal loses its buttons (the outbox posts the confirmation with the calendar file). */
async function pick(interaction: ComponentInteraction, ctx: AppContext, [proposalId, index]: [number, number]) {
  if (!interaction.isButton()) return;
  const { meeting, proposal, program } = await pickMeeting(ctx, actorOf(interaction), proposalId, index);
  const locale = program.locale;
  await interaction.update({
    content: pickedText(locale, proposal, meeting),
    components: [],
    allowedMentions: { parse: [] },
  });
}

async function withdraw(interaction: ComponentInteraction, ctx: AppContext, [proposalId]: [number]) {
  if (!interaction.isButton()) return;
  const { proposal, program } = await withdrawMeetingProposal(ctx, actorOf(interaction), proposalId);
  await interaction.update({
    content: t(program.locale, 'meet.withdrawnHeader', { proposer: proposal.proposerId }),
    components: [],
    allowedMentions: { parse: [] },
  });
}

export const meet = {
  data,
  requires: 'pairMember',
  execute: (interaction, ctx) => (interaction.isChatInputCommand() ? execute(interaction, ctx) : Promise.resolve()),
  components: [on(meetPickId, 'anyone', pick), on(meetWithdrawId, 'anyone', withdraw)],
} satisfies Command;
