import type { BaseInteraction } from 'discord.js';
import type { AppContext } from '../context.ts';
import { requireAdmin } from '../domain/actor.ts';
import { pairingOfMember } from '../domain/pairings/pair-member.ts';
import { requireModerator } from '../domain/reports/report-moderation.ts';
import { actorOf } from './actor.ts';

/**
 * Who may run a command, subcommand, button or form: anyone in the server, an admin (Manage
 * Server), a moderator (of any program, or Moderate Members), or one of the two members of the
 * pair whose thread it is used in. Checked in code, whatever the server opened the command to.
 */
export type Requirement = 'anyone' | 'admin' | 'moderator' | 'pairMember';

/** The one guard: refuses the interaction before its handler runs, with the reason. */
export async function guard(requirement: Requirement, interaction: BaseInteraction, ctx: AppContext): Promise<void> {
  if (requirement === 'anyone') return;
  const actor = actorOf(interaction);
  if (requirement === 'admin') return requireAdmin(actor);
  if (requirement === 'moderator') return requireModerator(ctx, actor);
  await pairingOfMember(ctx.db, actor, interaction.channelId ?? '');
}
