import type { PulseStats } from '../../domain/pulse/pulse-stats.ts';
import type { Embed } from '../../domain/port.ts';
import { escapeUserText, t } from '../../i18n/index.ts';

type Field = NonNullable<Embed['fields']>[number];

const FIELD_MAX = 1024;

/** Comments, each quoted; a name only where its author allowed it. Cut to fit one field. */
function commentLines(locale: string, comments: PulseStats['comments']): string {
  const kept: string[] = [];
  let length = 0;
  for (const [i, c] of comments.entries()) {
    const text = escapeUserText(c.comment.replace(/\s+/g, ' ')).slice(0, 300);
    const line = c.userId
      ? t(locale, 'stats.pulseCommentNamed', { comment: text, user: c.userId })
      : t(locale, 'stats.pulseCommentAnonymous', { comment: text });
    const more = t(locale, 'stats.pulseMoreComments', { count: comments.length - i });
    if (length + line.length + 1 + more.length > FIELD_MAX) {
      kept.push(more);
      break;
    }
    kept.push(line);
    length += line.length + 1;
  }
  return kept.join('\n');
}

/** /program stats' pulse fields: score distribution, response rate, trend per week, comments. */
export function pulseStatsFields(locale: string, stats: PulseStats): Field[] {
  if (stats.answered === 0) return [{ name: t(locale, 'stats.pulse'), value: t(locale, 'stats.pulseNone') }];
  const [s1, s2, s3, s4, s5] = stats.distribution;
  const trend = stats.trend
    .map(({ week, mean }) =>
      week === 'end'
        ? t(locale, 'stats.pulseEnd', { mean: mean.toFixed(1) })
        : t(locale, 'stats.pulseWeek', { week, mean: mean.toFixed(1) }),
    )
    .join(' · ');
  const fields: Field[] = [
    {
      name: t(locale, 'stats.pulse'),
      value: `${t(locale, 'stats.pulseValue', { s1, s2, s3, s4, s5, answered: stats.answered, asked: stats.asked })}\n${t(locale, 'stats.pulseTrend', { weeks: trend })}`,
    },
  ];
  if (stats.comments.length > 0)
    fields.push({ name: t(locale, 'stats.pulseComments'), value: commentLines(locale, stats.comments) });
  return fields;
}
