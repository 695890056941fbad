import type { Pairing, Program } from '../../db/schema.ts';
import { t } from '../../i18n/index.ts';
import type { OutgoingMessage } from '../port.ts';

type NoticeKey = 'partner.ended' | 'partner.gone' | 'partner.left';

/** What the remaining partner reads: that it ended, and where they stand now. Nothing more. */
export function partnerNotice(program: Program, pairing: Pairing, leaverId: string, key: NoticeKey): OutgoingMessage {
  const partner = pairing.mentor_id === leaverId ? pairing.mentee_id : pairing.mentor_id;
  const next =
    partner === pairing.mentee_id
      ? t(program.locale, 'partner.leftMentee', { program: program.name })
      : t(program.locale, 'partner.leftMentor');
  return { content: `<@${partner}> ${t(program.locale, key, { next })}`, mentionUsers: [partner] };
}
