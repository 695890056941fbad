import type { Pairing } from '../../domain/pairings/pairing.types.ts';
import { pairListPageId } from '../../custom-ids/match.ts';
import type { AcceptResult } from '../../domain/matching/accept.service.ts';
import type { listPairings } from '../../domain/pairings/pairing-list.ts';
import { t } from '../../i18n/index.ts';
import { discordTime } from './discord-time.ts';

/** /match list: a page of the program's pairs, with buttons to turn it. */
export function pairListPage(locale: string, result: Awaited<ReturnType<typeof listPairings>>) {
  const { program, pairings, page, pages } = result;
  if (pairings.length === 0) return { content: t(locale, 'match.listEmpty', { program: program.name }), buttons: [] };
  const lines = pairings.map((p) => {
    const line = t(locale, 'match.listLine', {
      id: p.id,
      mentor: p.mentorId,
      mentee: p.menteeId,
      status: t(locale, `pairingStatus.${p.status}`),
      since: discordTime(p.createdAt, 'd'),
    });
    // A group's members are listed one membership a line, each naming the group.
    return p.groupId === null ? line : `${line}${t(locale, 'match.listGroup', { group: p.groupId })}`;
  });
  const nav = [
    {
      customId: pairListPageId.encode([program.id, page - 1]),
      label: t(locale, 'match.previous'),
      style: 'secondary' as const,
      disabled: page === 0,
    },
    {
      customId: pairListPageId.encode([program.id, page + 1]),
      label: t(locale, 'match.next'),
      style: 'secondary' as const,
      disabled: page >= pages - 1,
    },
  ];
  return {
    content: [t(locale, 'match.listTitle', { program: program.name, page: page + 1, pages }), ...lines].join('\n'),
    buttons: pages > 1 ? [nav] : [],
  };
}

/** What accepting proposals came to: pairs made, pairs still being set up, and the ones skipped with why. */
export function acceptSummary(locale: string, result: AcceptResult): string {
  const skipped = result.skipped.map((s) =>
    t(locale, 'match.skippedLine', {
      mentee: s.proposal.menteeId,
      mentor: s.proposal.mentorId,
      why: t(locale, s.why, s.params),
    }),
  );
  const pending = result.pending ? [t(locale, 'match.acceptedPending', { pending: result.pending })] : [];
  return [
    t(locale, 'match.accepted', { done: result.made, total: result.total }),
    ...pending,
    ...(skipped.length ? [t(locale, 'match.skippedTitle'), ...skipped] : []),
  ]
    .join('\n')
    .slice(0, 2000);
}

/** /match pair's answer: the pair and their thread, or that the thread is on its way. */
export function pairedText(locale: string, pairing: Pairing): string {
  const params = { mentor: pairing.mentorId, mentee: pairing.menteeId, thread: pairing.threadId ?? '' };
  return t(locale, pairing.welcomeMessageId ? 'pair.created' : 'pair.pending', params);
}
