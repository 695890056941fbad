import { MessageFlags, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { AppContext } from '../src/context.ts';
import {
  directoryPageId,
  fitTopic,
  requestAnswerId,
  requestMentorId,
  requestWithdrawId,
} from '../src/custom-ids/requests.ts';
import type { Availability } from '../src/db/schema.ts';
import { actorOf } from '../src/discord/actor.ts';
import { on, type ComponentInteraction } from '../src/discord/command.ts';
import { autocompletePrograms } from '../src/discord/program-option.ts';
import { replyOptions, replyPrivately } from '../src/discord/replies.ts';
import { directoryMessage } from '../src/discord/views/directory-view.ts';
import { requestListMessage, withdrawButton } from '../src/discord/views/request-views.ts';
import { setAvailability } from '../src/domain/requests/availability.ts';
import { mentorDirectory, mentorTopics } from '../src/domain/requests/directory.service.ts';
import { acceptRequest } from '../src/domain/requests/request-accept.ts';
import { memberRequests } from '../src/domain/requests/request-list.ts';
import { declineRequest, sendRequest, withdrawRequest } from '../src/domain/requests/request.service.ts';
import { discordTime } from '../src/discord/views/discord-time.ts';
import { t } from '../src/i18n/index.ts';

/** /mentorship mentors: the directory's first page, privately. */
export async function mentors(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const o = interaction.options;
  const result = await mentorDirectory(
    ctx,
    actorOf(interaction),
    { name: o.getString('program', true) },
    fitTopic(o.getString('topic')) || null,
    0,
  );
  await interaction.reply(replyOptions(directoryMessage(interaction.locale, result), true));
}

/** The directory's page buttons: the clicker must still be a waiting mentee of the program. */
async function turnDirectoryPage(
  interaction: ComponentInteraction,
  ctx: AppContext,
  [programId, page, topic]: [number, number, string],
): Promise<void> {
  if (!interaction.isButton()) return;
  const result = await mentorDirectory(ctx, actorOf(interaction), { id: programId }, fitTopic(topic) || null, page);
  const { flags: _flags, ...view } = replyOptions(directoryMessage(interaction.locale, result), false);
  await interaction.update(view);
}

/** A directory's Request button: the clicker asks that mentor; the reply offers to withdraw. */
async function requestMentor(
  interaction: ComponentInteraction,
  ctx: AppContext,
  [programId, mentorId]: [number, string],
): Promise<void> {
  if (!interaction.isButton()) return;
  const { request, program } = await sendRequest(ctx, actorOf(interaction), programId, mentorId);
  const locale = interaction.locale;
  const content = t(locale, 'request.sent', {
    user: mentorId,
    program: program.name,
    deadline: discordTime(request.expiresAt, 'F'),
  });
  await interaction.reply(replyOptions({ content, buttons: [[withdrawButton(locale, request)]] }, true));
}

/** Accept or Decline, in the mentor's DM or in /mentorship requests: only that mentor may answer. */
async function answerRequest(
  interaction: ComponentInteraction,
  ctx: AppContext,
  [requestId, answer]: [number, 'accept' | 'decline'],
): Promise<void> {
  if (!interaction.isButton()) return;
  const locale = interaction.locale;
  if (answer === 'decline') {
    const request = await declineRequest(ctx, interaction.user.id, requestId);
    return replyPrivately(interaction, t(locale, 'request.declinedMentor', { user: request.menteeId }));
  }
  // Making the thread, adding both members and posting the welcome can outlast 3 seconds.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const pairing = await acceptRequest(ctx, interaction.user.id, locale, requestId);
  await replyPrivately(
    interaction,
    t(locale, pairing.threadId ? 'request.acceptedThread' : 'request.acceptedPending', {
      user: pairing.menteeId,
      thread: pairing.threadId ?? '',
    }),
  );
}

async function withdraw(interaction: ComponentInteraction, ctx: AppContext, [requestId]: [number]): Promise<void> {
  if (!interaction.isButton()) return;
  const request = await withdrawRequest(ctx, interaction.user.id, requestId);
  await replyPrivately(interaction, t(interaction.locale, 'request.withdrawn', { user: request.mentorId }));
}

/** /mentorship requests: the mentor's incoming and the mentee's outgoing open requests, with their buttons. */
export async function requests(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const { incoming, outgoing } = await memberRequests(ctx, actorOf(interaction));
  await interaction.reply(replyOptions(requestListMessage(interaction.locale, incoming, outgoing), true));
}

/** /mentorship availability: open, full or away (until a date). */
export async function availability(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const o = interaction.options;
  const status = o.getString('status', true) as Availability;
  const { program, awayUntil } = await setAvailability(
    ctx,
    actorOf(interaction),
    o.getString('program', true),
    status,
    o.getString('until'),
  );
  const locale = interaction.locale;
  await replyPrivately(
    interaction,
    t(locale, awayUntil ? 'availability.awayUntil' : `availability.${status}`, {
      program: program.name,
      until: awayUntil ? discordTime(awayUntil, 'F') : '',
    }),
  );
}

/** Autocomplete of /mentorship: the `topic` of the directory from the mentors' topics; programs otherwise. */
export async function autocompleteMentorship(interaction: AutocompleteInteraction, ctx: AppContext): Promise<void> {
  const focused = interaction.options.getFocused(true);
  if (focused.name !== 'topic') return autocompletePrograms(interaction, ctx);
  if (!interaction.guildId) return interaction.respond([]);
  const program = interaction.options.getString('program') ?? '';
  const member = { guildId: interaction.guildId, userId: interaction.user.id };
  const topics = await mentorTopics(ctx, member, program, String(focused.value));
  const choices = topics.map((topic) => ({ name: topic.slice(0, 100), value: fitTopic(topic) }));
  await interaction.respond(choices.filter((choice) => choice.value !== ''));
}

export const requestComponents = [
  on(directoryPageId, 'anyone', turnDirectoryPage),
  on(requestMentorId, 'anyone', requestMentor),
  on(requestAnswerId, 'anyone', answerRequest),
  on(requestWithdrawId, 'anyone', withdraw),
];
