import { acceptAllId, acceptOneId, suggestionPageId } from '../../custom-ids/match.ts';
import type { Proposal, Suggestion } from '../../domain/matching/suggest.service.ts';
import type { Button, OutgoingMessage } from '../../domain/port.ts';
import { escapeUserText, t } from '../../i18n/index.ts';
import { pageWithin } from '../../domain/paging.ts';

export const PAGE_SIZE = 10;

/** Plain words for why a pair was proposed. */
export function reasons(locale: string, p: Proposal): string {
  const parts = [
    p.sharedTopics.length
      ? t(locale, 'match.reasonTopics', { topics: escapeUserText(p.sharedTopics.join(', ')) })
      : t(locale, 'match.reasonNoTopics'),
    p.hoursApart === null
      ? t(locale, 'match.reasonNoZone')
      : p.hoursApart === 0
        ? t(locale, 'match.reasonSameZone')
        : t(locale, 'match.reasonHours', { hours: new Intl.NumberFormat(locale).format(p.hoursApart) }),
  ];
  if (p.sharedKeywords.length)
    parts.push(t(locale, 'match.reasonKeywords', { words: escapeUserText(p.sharedKeywords.slice(0, 4).join(', ')) }));
  if (p.metBefore) parts.push(t(locale, 'match.reasonMetBefore'));
  return parts.join(' · ');
}

function fit(lines: string[], limit: number): string {
  const kept: string[] = [];
  for (const line of lines) {
    if ([...kept, line].join('\n').length > limit) return `${kept.join('\n')}\n… +${lines.length - kept.length}`;
    kept.push(line);
  }
  return kept.join('\n');
}

/** One page of a suggestion: the proposals with their reasons, who is left out and why, and the buttons. */
export function suggestionPage(locale: string, suggestion: Suggestion, page: number): OutgoingMessage {
  const { proposals, unmatched, program } = suggestion;
  if (proposals.length === 0 && unmatched.length === 0)
    return { content: t(locale, 'match.none', { program: program.name }), buttons: [] };
  const { page: current, pages } = pageWithin(page, proposals.length, PAGE_SIZE);
  const shown = proposals.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const points = proposals.reduce((sum, p) => sum + p.score, 0);
  const lines = shown.map((p, k) =>
    t(locale, 'match.line', {
      n: current * PAGE_SIZE + k + 1,
      mentee: p.menteeId,
      mentor: p.mentorId,
      score: p.score,
      reasons: reasons(locale, p),
    }),
  );
  const left = unmatched.map((u) => `<@${u.menteeId}>: ${t(locale, `match.unmatched.${u.reason}`)}`);
  const content = [
    t(locale, 'match.title', { program: program.name, count: proposals.length, points, page: current + 1, pages }),
    fit(lines, 1300),
    ...(left.length ? [t(locale, 'match.unmatchedTitle'), fit(left, 1900 - 1300 - 200)] : []),
  ].join('\n');

  const accept: Button[] = shown.map((_, k) => ({
    customId: acceptOneId.encode([suggestion.id, current * PAGE_SIZE + k]),
    label: t(locale, 'match.acceptOne', { n: current * PAGE_SIZE + k + 1 }),
    style: 'secondary',
  }));
  const controls: Button[] = [];
  if (proposals.length)
    controls.push({
      customId: acceptAllId.encode([suggestion.id]),
      label: t(locale, 'match.acceptAll', { count: proposals.length }),
      style: 'success',
    });
  if (pages > 1) {
    controls.push({
      customId: suggestionPageId.encode([suggestion.id, current - 1]),
      label: t(locale, 'match.previous'),
      style: 'secondary',
      disabled: current === 0,
    });
    controls.push({
      customId: suggestionPageId.encode([suggestion.id, current + 1]),
      label: t(locale, 'match.next'),
      style: 'secondary',
      disabled: current === pages - 1,
    });
  }
  const rows = [accept.slice(0, 5), accept.slice(5, 10), controls].filter((row) => row.length > 0);
  return { content, buttons: rows };
}
