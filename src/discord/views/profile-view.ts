import type { Report } from '../../domain/reports/report.types.ts';
import type { ProfileEntry } from '../../domain/signups/member-data.ts';
import { signupTopics } from '../../domain/signups/signup.service.ts';
import { escapeUserText, t } from '../../i18n/index.ts';
import { discordTime } from './discord-time.ts';
import { outcomeText } from './report-card.ts';

/** /mentorship profile: each sign-up with its status, partner, next check-in and place, and outcomes not yet heard. */
export function profileText(locale: string, entries: readonly ProfileEntry[], outcomes: readonly Report[]): string {
  const blocks = entries.map(({ program, signup, partners, nextCheckinAt, pausedUntil, place }) => {
    const details = [
      partners.length ? t(locale, 'profile.partner', { partners: partners.map((id) => `<@${id}>`).join(', ') }) : null,
      pausedUntil ? t(locale, 'profile.paused', { until: discordTime(pausedUntil, 'd') }) : null,
      nextCheckinAt ? t(locale, 'profile.next', { when: discordTime(nextCheckinAt, 'R') }) : null,
      place ? t(locale, 'profile.place', { place }) : null,
      signupTopics(signup).length
        ? t(locale, 'profile.topics', { topics: escapeUserText(signupTopics(signup).join(', ')) })
        : null,
    ].filter((line): line is string => line !== null);
    const status = program.status === 'ended' ? t(locale, 'status.ended') : t(locale, `signupStatus.${signup.status}`);
    const head = t(locale, 'profile.line', { program: program.name, role: t(locale, `role.${signup.role}`), status });
    return [head, ...details.map((line) => `  ${line}`)].join('\n');
  });
  const heard = outcomes.map((r) => t(locale, 'profile.outcomeLine', { id: r.id, outcome: outcomeText(locale, r) }));
  const sections = [
    `**${t(locale, 'profile.title')}**`,
    ...blocks,
    ...(heard.length ? [`**${t(locale, 'profile.outcomes')}**`, ...heard] : []),
  ];
  return sections.join('\n').slice(0, 2000);
}
