import type { Transaction } from 'kysely';
import { joinButtonId } from '../../custom-ids/signup.ts';
import type { DB, Program, Role } from '../../db/schema.ts';
import { t } from '../../i18n/index.ts';
import { recordEffects, recordViewRefresh } from '../outbox/effect.ts';
import type { SubjectHandler } from '../outbox/subject.ts';
import type { OutgoingMessage } from '../port.ts';
import { scheduleSummary, templateName } from './program-text.ts';
import { updateProgram } from './program.repo.ts';

/** The sign-up panel: what the program is, live counts, and the two join buttons while open. */
export function signupPanel(program: Program, counts: Record<Role, number>): OutgoingMessage {
  const locale = program.locale;
  const open = program.signups_open === 1 && program.status !== 'ended';
  return {
    embeds: [
      {
        title: t(locale, 'panel.title', { program: program.name }),
        description: t(locale, 'panel.description', {
          template: templateName(locale, program),
          schedule: scheduleSummary(locale, program),
        }),
        fields: [
          {
            name: t(locale, 'panel.counts'),
            value: t(locale, 'panel.countsValue', { mentors: counts.mentor, mentees: counts.mentee }),
          },
        ],
        footer: open ? undefined : t(locale, 'panel.closed'),
        color: open ? 0x57f287 : 0x99aab5,
      },
    ],
    buttons: [
      [
        {
          customId: joinButtonId.encode(['mentor', program.id]),
          label: t(locale, 'panel.joinMentor'),
          style: 'primary',
          disabled: !open,
        },
        {
          customId: joinButtonId.encode(['mentee', program.id]),
          label: t(locale, 'panel.joinMentee'),
          style: 'success',
          disabled: !open,
        },
      ],
    ],
  };
}

const panelChain = (programId: number) => `panel:${programId}`;

/** Records the post of a new panel for an opened program; its message is kept once Discord confirms. */
export async function recordPanelPost(trx: Transaction<DB>, program: Program, now: Date): Promise<string> {
  const key = `panel:${program.id}:${now.getTime()}`;
  await recordEffects(trx, now, [
    {
      guildId: program.guild_id,
      key,
      chain: panelChain(program.id),
      subject: `signup-panel:${program.id}`,
      effect: {
        kind: 'post',
        target: { channel: program.pair_channel_id },
        message: { view: 'signup-panel', id: program.id },
      },
    },
  ]);
  return key;
}

/** Records that the panel must show the current counts and state (see recordViewRefresh). */
export function recordPanelRefresh(
  trx: Transaction<DB>,
  program: Pick<Program, 'id' | 'guild_id'>,
  now: Date,
): Promise<void> {
  return recordViewRefresh(
    trx,
    { guildId: program.guild_id, chain: panelChain(program.id), view: 'signup-panel', id: program.id },
    now,
  );
}

/** The panel's post: kept once Discord confirms; if Discord refuses it, sign-ups close again. */
export const signupPanelSubject: SubjectHandler = {
  async done(trx, programId, _row, messageId) {
    await updateProgram(trx, programId, { panel_message_id: messageId });
  },
  async refused(trx, programId, _row, _error, now) {
    await updateProgram(trx, programId, { signups_open: 0, updated_at: now.toISOString() });
  },
};
