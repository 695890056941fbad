import type { AppContext } from '../../context.ts';
import type { Program, Role } from '../../db/schema.ts';
import { t } from '../../i18n/index.ts';
import type { OutgoingMessage } from '../port.ts';
import { countSignups } from '../signups/signup.repo.ts';
import { scheduleSummary, templateName } from './program-text.ts';
import { findProgram } from './program.repo.ts';

export const joinButtonId = (role: Role, programId: number) => `signup:${role}:${programId}`;

/** The sign-up panel: what the program is, live counts, and the two join buttons while open. */
export function signupPanel(program: Program, counts: Record<Role, number>): OutgoingMessage {
  const locale = program.locale;
  const open = program.signups_open === 1 && program.status !== 'ended';
  return {
    embeds: [
      {
        title: t(locale, 'panel.title', { program: program.name }),
        description: t(locale, 'panel.description', { template: templateName(locale, program), schedule: scheduleSummary(locale, program) }),
        fields: [{ name: t(locale, 'panel.counts'), value: t(locale, 'panel.countsValue', { mentors: counts.mentor, mentees: counts.mentee }) }],
        footer: open ? undefined : t(locale, 'panel.closed'),
        color: open ? 0x57f287 : 0x99aab5,
      },
    ],
    buttons: [
      [
        { customId: joinButtonId('mentor', program.id), label: t(locale, 'panel.joinMentor'), style: 'primary', disabled: !open },
        { customId: joinButtonId('mentee', program.id), label: t(locale, 'panel.joinMentee'), style: 'success', disabled: !open },
      ],
    ],
  };
}

/** Edits the program's panel to show current counts and state; any failure is only logged. */
async function refreshSignupPanel(ctx: AppContext, programId: number): Promise<void> {
  try {
    const program = await findProgram(ctx.db, programId);
    if (!program?.panel_message_id) return;
    await ctx.discord.editMessage(program.pair_channel_id, program.panel_message_id, signupPanel(program, await countSignups(ctx.db, program.id)));
  } catch (error) {
    ctx.log.warn('panel.refresh_failed', { programId, error: String(error) });
  }
}

interface Refresh {
  again: boolean;
  done: Promise<void>;
}

const refreshes = new WeakMap<AppContext, Map<number, Refresh>>();

/**
 * Asks for the panel to show the current counts. A burst of sign-ups collapses into one edit
 * in flight and at most one after it (Discord limits edits per channel), and no interaction
 * needs to wait for it: the returned promise is for callers that have time.
 */
export function requestPanelRefresh(ctx: AppContext, programId: number): Promise<void> {
  let byProgram = refreshes.get(ctx);
  if (!byProgram) refreshes.set(ctx, (byProgram = new Map()));
  const running = byProgram.get(programId);
  if (running) {
    running.again = true;
    return running.done;
  }
  const refresh: Refresh = { again: false, done: Promise.resolve() };
  const programs = byProgram;
  refresh.done = (async () => {
    do {
      refresh.again = false;
      await refreshSignupPanel(ctx, programId);
    } while (refresh.again);
    programs.delete(programId);
  })();
  byProgram.set(programId, refresh);
  return refresh.done;
}
