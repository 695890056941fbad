import { MessageFlags, PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import type { AppContext } from '../context.ts';
import { takeGivenUpEffects } from '../domain/outbox/given-up.ts';
import { reportsStuckOutOfQueue } from '../domain/reports/report-queue.ts';
import { t } from '../i18n/index.ts';
import { givenUpWarning } from './views/given-up-view.ts';

/**
 * After an admin command: reports that could not reach their channel, and Discord actions
 * given up since an admin last looked, so that nothing fails unseen.
 */
export async function warnAdmin(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  if (
    !interaction.inGuild() ||
    !interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ||
    !(interaction.replied || interaction.deferred)
  )
    return;
  const warnings: string[] = [];
  const stuck = await reportsStuckOutOfQueue(ctx, interaction.guildId);
  const first = stuck[0];
  if (first)
    warnings.push(
      t(interaction.locale, 'report.queueBroken', {
        ids: stuck.map((r) => `#${r.id}`).join(', '),
        count: stuck.length,
        channel: first.queueChannelId,
      }),
    );
  const givenUp = await takeGivenUpEffects(ctx, interaction.guildId);
  if (givenUp.length) warnings.push(givenUpWarning(interaction.locale, givenUp));
  if (warnings.length === 0) return;
  await interaction.followUp({
    content: warnings.join('\n\n').slice(0, 2000),
    flags: MessageFlags.Ephemeral,
    allowedMentions: { parse: [] },
  });
}
