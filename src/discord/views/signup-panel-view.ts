import { joinButtonId } from '../../custom-ids/signup.ts';
import type { Role } from '../../db/schema.ts';
import type { Program } from '../../domain/programs/program.types.ts';
import type { OutgoingMessage } from '../../domain/port.ts';
import { t } from '../../i18n/index.ts';
import { scheduleSummary, templateName } from './program-text.ts';

/** The sign-up panel: what the program is, live counts, and the two join buttons while open. */
export function signupPanel(program: Program, counts: Record<Role, number>): OutgoingMessage {
  const locale = program.locale;
  const open = program.signupsOpen && program.status !== 'ended';
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
