import type { Pairing } from './pairing.types.ts';
import type { Program } from '../programs/program.types.ts';
import type { Notice } from '../outbox/effect.ts';

type NoticeKey = 'partner.ended' | 'partner.gone' | 'partner.left';

/** What the remaining partner reads: that it ended, and where they stand now. Nothing more. */
export function partnerNotice(program: Program, pairing: Pairing, leaverId: string, key: NoticeKey): Notice {
  const partner = pairing.mentorId === leaverId ? pairing.menteeId : pairing.mentorId;
  const next =
    partner === pairing.menteeId
      ? { key: 'partner.leftMentee' as const, params: { program: program.name } }
      : { key: 'partner.leftMentor' as const };
  return { locale: program.locale, key, params: { next }, addressed: [partner] };
}
