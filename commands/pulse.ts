import { ActionRowBuilder, ModalBuilder, TextInputBuilder, TextInputStyle } from 'discord.js';
import type { AppContext } from '../src/context.ts';
import { pulseFormId, pulseId } from '../src/custom-ids/pulse.ts';
import { answerPulse, pulseOfMember } from '../src/domain/pulse/pulse.service.ts';
import { actorOf } from '../src/discord/actor.ts';
import { on, type ComponentInteraction } from '../src/discord/command.ts';
import { replyPrivately } from '../src/discord/replies.ts';
import { t } from '../src/i18n/index.ts';

/*
 * Pulse surveys (issue 13): "How is this going?" on the pulse week's prompt and on the closing
 * message opens a private form. The custom_id names the check-in; pulseOfMember checks who clicks.
 */

function textInput(id: string, label: string, style: TextInputStyle, max: number, required: boolean) {
  return new ActionRowBuilder<TextInputBuilder>().addComponents(
    new TextInputBuilder()
      .setCustomId(id)
      .setLabel(label.slice(0, 45))
      .setStyle(style)
      .setMaxLength(max)
      .setRequired(required),
  );
}

/** Opens the form for a check-in's pulse, once the clicker is known to be one of its members. */
export async function showPulseForm(interaction: ComponentInteraction, ctx: AppContext, id: number): Promise<void> {
  if (!interaction.isButton() || !interaction.channelId) return;
  const { checkin, kind } = await pulseOfMember(ctx, actorOf(interaction), {
    checkinId: id,
    threadId: interaction.channelId,
  });
  const locale = interaction.locale;
  const name = textInput('name', t(locale, 'pulse.nameLabel'), TextInputStyle.Short, 3, false);
  name.components[0]!.setPlaceholder(t(locale, 'pulse.namePlaceholder').slice(0, 100));
  const modal = new ModalBuilder()
    .setCustomId(pulseFormId.encode([checkin.id]))
    .setTitle(t(locale, kind === 'closing' ? 'pulse.titleClosing' : 'pulse.title').slice(0, 45))
    .addComponents(
      textInput('score', t(locale, 'pulse.scoreLabel'), TextInputStyle.Short, 1, true),
      textInput('comment', t(locale, 'pulse.commentLabel'), TextInputStyle.Paragraph, 1000, false),
      name,
    );
  await interaction.showModal(modal);
}

async function pulseButton(interaction: ComponentInteraction, ctx: AppContext, [id]: [number]): Promise<void> {
  await showPulseForm(interaction, ctx, id);
}

function optionalField(interaction: ComponentInteraction, id: string): string {
  if (!interaction.isModalSubmit()) return '';
  return interaction.fields.fields.has(id) ? interaction.fields.getTextInputValue(id) : '';
}

async function savePulse(interaction: ComponentInteraction, ctx: AppContext, [id]: [number]): Promise<void> {
  if (!interaction.isModalSubmit() || !interaction.channelId) return;
  const result = await answerPulse(
    ctx,
    actorOf(interaction),
    { checkinId: id, threadId: interaction.channelId },
    {
      score: optionalField(interaction, 'score'),
      comment: optionalField(interaction, 'comment'),
      nameShown: optionalField(interaction, 'name'),
    },
  );
  await replyPrivately(interaction, t(interaction.locale, 'pulse.saved', { score: result.score }));
}

export const pulseComponents = [on(pulseId, 'pairMember', pulseButton), on(pulseFormId, 'pairMember', savePulse)];
