import { requestAnswerId, requestWithdrawId } from '../../custom-ids/requests.ts';
import type { Button, Embed, OutgoingMessage } from '../../domain/port.ts';
import type { RequestStats } from '../../domain/requests/request-stats.ts';
import type { Program } from '../../domain/programs/program.types.ts';
import type { MentorRequest } from '../../domain/requests/request.types.ts';
import { signupTopics } from '../../domain/signups/signup.service.ts';
import type { Signup } from '../../domain/signups/signup.types.ts';
import { escapeUserText, t } from '../../i18n/index.ts';
import { discordTime } from './discord-time.ts';

const numbered = (locale: string, label: string, n?: number) =>
  n === undefined ? label : t(locale, 'request.answerLabel', { label, n });

type Listed = { request: MentorRequest; program: Program };

/** Accept and Decline; numbered after the request's line where several are listed. */
export function answerButtons(locale: string, request: MentorRequest, n?: number): Button[] {
  return [
    {
      customId: requestAnswerId.encode([request.id, 'accept']),
      label: numbered(locale, t(locale, 'request.acceptButton'), n),
      style: 'success',
    },
    {
      customId: requestAnswerId.encode([request.id, 'decline']),
      label: numbered(locale, t(locale, 'request.declineButton'), n),
      style: 'secondary',
    },
  ];
}

export function withdrawButton(locale: string, request: MentorRequest, n?: number): Button {
  return {
    customId: requestWithdrawId.encode([request.id]),
    label: numbered(locale, t(locale, 'request.withdrawButton'), n),
    style: 'danger',
  };
}

/** How a request closed, as its mentor reads it under the request. */
function closedText(locale: string, request: MentorRequest): string {
  if (request.status === 'declined' && request.closeReason === null) return t(locale, 'request.closed.declinedByYou');
  return t(locale, `request.closed.${request.status}`);
}

/**
 * The mentor's DM about a request: who asks (shown, never pinged), their topics and goals, the
 * deadline, and Accept / Decline while it is open; once closed, how it closed and no buttons.
 */
export function requestDm(program: Program, request: MentorRequest, mentee: Signup | undefined): OutgoingMessage {
  const locale = program.locale;
  const topics = mentee ? signupTopics(mentee) : [];
  const lines = [
    t(locale, 'request.dm', {
      user: request.menteeId,
      program: program.name,
      deadline: discordTime(request.expiresAt, 'F'),
    }),
    topics.length ? t(locale, 'request.topics', { topics: escapeUserText(topics.join(', ')) }) : null,
    mentee?.goals ? t(locale, 'request.goals', { goals: escapeUserText(mentee.goals) }) : null,
    request.status === 'open' ? null : closedText(locale, request),
  ].filter((line): line is string => line !== null);
  return {
    content: lines.join('\n').slice(0, 2000),
    // An edit without components would keep the old buttons: a closed request's are removed.
    buttons: request.status === 'open' ? [answerButtons(locale, request)] : [],
  };
}

/**
 * /mentorship requests: incoming with Accept / Decline, outgoing with Withdraw, numbered so
 * that each row of buttons names its line. Discord takes five rows: only the requests with
 * buttons are listed, and a line says how many more wait (answered from their DMs, or here
 * once these are).
 */
export function requestListMessage(
  locale: string,
  incoming: readonly Listed[],
  outgoing: readonly Listed[],
): OutgoingMessage {
  const shownOut = outgoing.slice(0, incoming.length ? 3 : 5);
  const shownIn = incoming.slice(0, 5 - shownOut.length);
  const more = (
    key: 'request.moreIncoming' | 'request.moreOutgoing',
    all: readonly Listed[],
    shown: readonly Listed[],
  ) => (all.length > shown.length ? [t(locale, key, { count: all.length - shown.length })] : []);
  const line = (key: 'request.incomingLine' | 'request.outgoingLine', n: number, r: MentorRequest, program: Program) =>
    t(locale, key, {
      n,
      user: key === 'request.incomingLine' ? r.menteeId : r.mentorId,
      program: program.name,
      deadline: discordTime(r.expiresAt, 'R'),
    });
  const none = [t(locale, 'request.none')];
  const sections = [
    `**${t(locale, 'request.incomingTitle')}**`,
    ...(incoming.length
      ? shownIn.map(({ request, program }, i) => line('request.incomingLine', i + 1, request, program))
      : none),
    ...more('request.moreIncoming', incoming, shownIn),
    `**${t(locale, 'request.outgoingTitle')}**`,
    ...(outgoing.length
      ? shownOut.map(({ request, program }, i) => line('request.outgoingLine', i + 1, request, program))
      : none),
    ...more('request.moreOutgoing', outgoing, shownOut),
  ];
  const rows = [
    ...shownIn.map(({ request }, i) => answerButtons(locale, request, i + 1)),
    ...shownOut.map(({ request }, i) => [withdrawButton(locale, request, i + 1)]),
  ];
  return { content: sections.join('\n').slice(0, 2000), ...(rows.length ? { buttons: rows } : {}) };
}

const closedProfileKey = (request: MentorRequest) =>
  request.status === 'expired'
    ? 'profile.requestExpired'
    : request.closeReason === 'requests-off'
      ? 'profile.requestRequestsOff'
      : 'profile.requestDeclined';

/** The requests part of /mentorship profile: received, sent, and closed ones not heard of before. */
export function profileRequestsText(
  locale: string,
  { incoming, outgoing, closed }: { incoming: Listed[]; outgoing: Listed[]; closed: Listed[] },
): string {
  const lines = [
    ...incoming.map(({ request, program }) =>
      t(locale, 'profile.requestIn', {
        user: request.menteeId,
        program: program.name,
        deadline: discordTime(request.expiresAt, 'R'),
      }),
    ),
    ...outgoing.map(({ request, program }) =>
      t(locale, 'profile.requestOut', {
        user: request.mentorId,
        program: program.name,
        deadline: discordTime(request.expiresAt, 'R'),
      }),
    ),
    ...closed.map(({ request, program }) =>
      t(locale, closedProfileKey(request), {
        user: request.mentorId,
        program: program.name,
      }),
    ),
  ];
  return lines.length ? [`**${t(locale, 'profile.requests')}**`, ...lines].join('\n') : '';
}

/** A duration in minutes, roughly: "45 min", "5 h", "3 d". */
export function durationText(locale: string, minutes: number): string {
  if (minutes < 60) return t(locale, 'stats.minutes', { n: Math.round(minutes) });
  if (minutes < 48 * 60) return t(locale, 'stats.hours', { n: Math.round(minutes / 60) });
  return t(locale, 'stats.days', { n: Math.round(minutes / 1440) });
}

/** /program stats: requests by status and the median time mentors take to answer. */
export function requestStatsField(locale: string, stats: RequestStats): NonNullable<Embed['fields']>[number] {
  const median =
    stats.medianAnswerMinutes === null
      ? t(locale, 'stats.requestsNoAnswer')
      : durationText(locale, stats.medianAnswerMinutes);
  return { name: t(locale, 'stats.requests'), value: t(locale, 'stats.requestsValue', { ...stats.byStatus, median }) };
}
