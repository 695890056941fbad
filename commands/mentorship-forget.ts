import type { ChatInputCommandInteraction } from 'discord.js';
import type { AppContext } from '../src/context.ts';
import { forgetMeId } from '../src/custom-ids/confirm.ts';
import { UserFacingError } from '../src/domain/errors.ts';
import { forgetMember } from '../src/domain/signups/member-data.ts';
import { actorOf } from '../src/discord/actor.ts';
import type { ComponentInteraction } from '../src/discord/command.ts';
import { replyOptions } from '../src/discord/replies.ts';
import { t } from '../src/i18n/index.ts';

/** /mentorship forget-me: asks to confirm with two buttons that only the member can use. */
export async function forgetMe(interaction: ChatInputCommandInteraction): Promise<void> {
  const locale = interaction.locale;
  const message = {
    content: t(locale, 'forget.confirm'),
    buttons: [
      [
        {
          customId: forgetMeId.encode(['confirm', interaction.user.id]),
          label: t(locale, 'forget.confirmButton'),
          style: 'danger' as const,
        },
        {
          customId: forgetMeId.encode(['cancel', interaction.user.id]),
          label: t(locale, 'program.cancelButton'),
          style: 'secondary' as const,
        },
      ],
    ],
  };
  await interaction.reply(replyOptions(message, true));
}

/** Erases the clicker's own data, and only theirs; the id in the custom_id is only checked against them. */
export async function confirmForget(
  interaction: ComponentInteraction,
  ctx: AppContext,
  [choice, owner]: ['confirm' | 'cancel', string],
): Promise<void> {
  if (!interaction.isButton()) return;
  if (owner !== interaction.user.id) throw new UserFacingError('error.notYourButton');
  if (choice === 'cancel') {
    await interaction.update({ content: t(interaction.locale, 'program.endCancelled'), components: [] });
    return;
  }
  await interaction.deferUpdate();
  const { endedPairs } = await forgetMember(ctx, actorOf(interaction));
  await interaction.editReply({
    content: t(interaction.locale, 'forget.done', { pairs: endedPairs }),
    components: [],
    allowedMentions: { parse: [] },
  });
}
