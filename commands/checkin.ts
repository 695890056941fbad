import {
  ActionRowBuilder,
  InteractionContextType,
  MessageFlags,
  ModalBuilder,
  SlashCommandBuilder,
  TextInputBuilder,
  TextInputStyle,
  type ChatInputCommandInteraction,
} from 'discord.js';
import type { AppContext } from '../src/context.ts';
import { checkinAnswerId, checkinNoteFormId, checkinNoteId, closingId } from '../src/custom-ids/checkin.ts';
import type { AnswerStatus } from '../src/db/schema.ts';
import { answerCheckin, checkinOfMember, closingChoice, noteCheckin } from '../src/domain/checkins/checkin-answer.ts';
import { answerLabelKey, answerStatuses } from '../src/discord/views/checkin-message.ts';
import { actorOf } from '../src/discord/actor.ts';
import { bySubcommand, on, type Command, type ComponentInteraction } from '../src/discord/command.ts';
import { replyPrivately } from '../src/discord/replies.ts';
import { groupCheckinSummary } from '../src/domain/groups/group-summary.ts';
import { groupSummaryText } from '../src/discord/views/group-summary-view.ts';
import { t } from '../src/i18n/index.ts';
import { pulseComponents, showPulseForm } from './pulse.ts';

const data = new SlashCommandBuilder()
  .setName('checkin')
  .setDescription('Weekly check-ins (inside your mentorship thread)')
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((sub) =>
    sub
      .setName('status')
      .setDescription("Answer this week's check-in")
      .addStringOption((o) =>
        o
          .setName('status')
          .setDescription('How is it going?')
          .setRequired(true)
          .addChoices(...answerStatuses.map((status) => ({ name: t('en', answerLabelKey[status]), value: status }))),
      )
      .addStringOption((o) => o.setName('note').setDescription('A short note for your own record').setMaxLength(500)),
  )
  .addSubcommand((sub) =>
    sub.setName('summary').setDescription("Your group's latest check-in, member by member (group mentors only)"),
  );

async function confirm(
  interaction: { locale: string } & Parameters<typeof replyPrivately>[0],
  week: number,
  status: AnswerStatus,
): Promise<void> {
  await replyPrivately(
    interaction,
    t(interaction.locale, 'checkin.recorded', { week, status: t(interaction.locale, answerLabelKey[status]) }),
  );
}

/** A check-in button: the custom_id names the check-in, never who may answer it. */
async function answerButton(
  interaction: ComponentInteraction,
  ctx: AppContext,
  [id, status]: [number, AnswerStatus],
): Promise<void> {
  if (!interaction.isButton() || !interaction.channelId) return;
  const result = await answerCheckin(
    ctx,
    actorOf(interaction),
    { checkinId: id, threadId: interaction.channelId },
    { status },
  );
  await confirm(interaction, result.checkin.week, result.status);
}

/** "Add a note" opens a one-field form; the note is checked and saved when it comes back. */
async function noteButton(interaction: ComponentInteraction, ctx: AppContext, [id]: [number]): Promise<void> {
  if (!interaction.isButton() || !interaction.channelId) return;
  const { checkin } = await checkinOfMember(ctx, actorOf(interaction), {
    checkinId: id,
    threadId: interaction.channelId,
  });
  const locale = interaction.locale;
  const field = new TextInputBuilder()
    .setCustomId('note')
    .setLabel(t(locale, 'checkin.noteLabel').slice(0, 45))
    .setStyle(TextInputStyle.Paragraph)
    .setMaxLength(500)
    .setRequired(true);
  const modal = new ModalBuilder()
    .setCustomId(checkinNoteFormId.encode([checkin.id]))
    .setTitle(t(locale, 'checkin.noteTitle', { week: checkin.week }).slice(0, 45))
    .addComponents(new ActionRowBuilder<TextInputBuilder>().addComponents(field));
  await interaction.showModal(modal);
}

async function saveNote(interaction: ComponentInteraction, ctx: AppContext, [id]: [number]): Promise<void> {
  if (!interaction.isModalSubmit() || !interaction.channelId) return;
  const checkin = await noteCheckin(
    ctx,
    actorOf(interaction),
    { checkinId: id, threadId: interaction.channelId },
    interaction.fields.getTextInputValue('note'),
  );
  await replyPrivately(interaction, t(interaction.locale, 'checkin.noteSaved', { week: checkin.week }));
}

async function closingButton(
  interaction: ComponentInteraction,
  ctx: AppContext,
  [id, choice]: [number, string],
): Promise<void> {
  if (!interaction.isButton() || !interaction.channelId) return;
  // The rating buttons of closing messages posted before pulse surveys open the same form.
  if (choice.startsWith('rate-')) return showPulseForm(interaction, ctx, id);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const result = await closingChoice(
    ctx,
    actorOf(interaction),
    { checkinId: id, threadId: interaction.channelId },
    choice,
  );
  const locale = interaction.locale;
  const text = result.continued ? t(locale, 'checkin.continued') : t(locale, 'end.done');
  await replyPrivately(interaction, text);
}

async function status(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const result = await answerCheckin(
    ctx,
    actorOf(interaction),
    { threadId: interaction.channelId },
    { status: interaction.options.getString('status', true), note: interaction.options.getString('note') },
  );
  await confirm(interaction, result.checkin.week, result.status);
}

/** A group's mentor sees each member's answer to the latest check-in; only they may. */
async function summary(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const result = await groupCheckinSummary(ctx, actorOf(interaction), interaction.channelId);
  await replyPrivately(interaction, groupSummaryText(interaction.locale, result));
}

export const checkin = {
  data,
  requires: { status: 'pairMember', summary: 'pairMember' },
  execute: bySubcommand({ status, summary }),
  components: [
    on(checkinAnswerId, 'pairMember', answerButton),
    on(checkinNoteId, 'pairMember', noteButton),
    on(checkinNoteFormId, 'pairMember', saveNote),
    on(closingId, 'pairMember', closingButton),
    ...pulseComponents,
  ],
} satisfies Command;
