import type { Pairing } from '../../db/schema.ts';
import type { Program } from '../programs/program.types.ts';
import type { Notice } from '../outbox/effect.ts';

type NoticeKey = 'partner.ended' | 'partner.gone' | 'partner.left';

/** What the remaining partner reads: that it ended, and where they stand now. Nothing more. */
export function partnerNotice(program: Program, pairing: Pairing, leaverId: string, key: NoticeKey): Notice {
  const partner = pairing.mentor_id === leaverId ? pairing.mentee_id : pairing.mentor_id;
  const next =
    partner === pairing.mentee_id
      ? { key: 'partner.leftMentee' as const, params: { program: program.name } }
      : { key: 'partner.leftMentor' as const };
  return { locale: program.locale, key, params: { next }, addressed: [partner] };
}
