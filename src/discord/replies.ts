import { MessageFlags, type InteractionReplyOptions, type RepliableInteraction } from 'discord.js';
import type { OutgoingMessage } from '../domain/port.ts';
import { toApiMessage } from './port.ts';

const noMentions = { parse: [] as [] };

/**
 * Answers an interaction privately, whatever state it is in: a first reply, the edit of a
 * deferred reply, or a follow-up. Mentions are always off.
 */
export async function replyPrivately(interaction: RepliableInteraction, content: string): Promise<void> {
  if (interaction.deferred && !interaction.replied) {
    await interaction.editReply({ content, allowedMentions: noMentions });
  } else if (interaction.replied) {
    await interaction.followUp({ content, flags: MessageFlags.Ephemeral, allowedMentions: noMentions });
  } else {
    await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: noMentions });
  }
}

/** A neutral message as reply options (no nonce: interaction responses have none). */
export function replyOptions(message: OutgoingMessage, ephemeral: boolean): InteractionReplyOptions {
  const { nonce: _n, enforce_nonce: _e, allowed_mentions, ...body } = toApiMessage(message);
  return {
    ...(body as InteractionReplyOptions),
    allowedMentions: { parse: [], users: allowed_mentions?.users ?? [] },
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}
