import { enErrors } from './en-errors.ts';
import { enPairings } from './en-pairings.ts';
import { enReports } from './en-reports.ts';
import { enGroupsRequests } from './en-groups-requests.ts';
import { enOutcomes } from './en-outcomes.ts';

/**
 * English texts. Placeholders are {name}; values that come from users are escaped by callers.
 * A count picks its words with {name, plural, one {…} other {…}} (see parseMessage in index.ts).
 * Core texts (programs, sign-ups, stats, profile) are here; each feature's texts are in en-<feature>.ts,
 * spread in below, and its French twin fr-<feature>.ts is typed by that part's keys.
 */
export const en = {
  ...enErrors,
  ...enPairings,
  ...enReports,
  ...enGroupsRequests,
  ...enOutcomes,
  'role.mentor': 'mentor',
  'role.mentee': 'mentee',
  'weekday.1': 'Monday',
  'weekday.2': 'Tuesday',
  'weekday.3': 'Wednesday',
  'weekday.4': 'Thursday',
  'weekday.5': 'Friday',
  'weekday.6': 'Saturday',
  'weekday.7': 'Sunday',
  'template.career': 'Career advancement',
  'template.skills': 'Skill development',
  'template.support': 'Encouragement and support',
  'template.custom': 'Custom',
  'status.draft': 'draft',
  'status.open': 'open',
  'status.running': 'running',
  'status.ended': 'ended',
  'status.signupsClosed': 'sign-ups closed',
  'schedule.summary':
    '{every, plural, one {every week} other {every {every} weeks}} on {day} at {hour}:00 ({timezone}), for {weeks} {weeks, plural, one {week} other {weeks}}',

  'program.created': 'Created **{program}** ({template}): check-ins {schedule}. Open sign-ups with `/program open`.',
  'program.listEmpty': 'This server has no mentorship programs yet. Create one with `/program create`.',
  'program.listTitle': 'Mentorship programs',
  'program.listLine':
    '**{program}** · {template} · {status}{signups} · {mentors} {mentors, plural, one {mentor} other {mentors}}, {mentees} {mentees, plural, one {mentee} other {mentees}}',
  'program.signupsOpenTag': ' · sign-ups open',
  'program.opened': 'Sign-ups for **{program}** are open; the sign-up panel is in <#{channel}>.',

  'panel.title': '{program}: mentorship sign-ups',
  'panel.description':
    '{template} program. Mentors and mentees are paired in private threads, with a guided check-in {schedule}.\nMembers must be 18 or older.',
  'panel.counts': 'Signed up',
  'panel.countsValue':
    '{mentors} {mentors, plural, one {mentor} other {mentors}} · {mentees} {mentees, plural, one {mentee} other {mentees}}',
  'panel.closed': 'Sign-ups are closed.',
  'panel.joinMentor': 'Join as mentor',
  'panel.joinMentee': 'Join as mentee',

  'signup.modalTitle': 'Join {program} as a {role}',
  'signup.topicsLabel': 'Topics (comma-separated, up to 10)',
  'signup.goalsLabelMentee': 'Your goals',
  'signup.goalsLabelMentor': 'Your experience',
  'signup.timezoneLabel': 'Your time zone (e.g. Europe/Paris)',
  'signup.adultLabel': 'Type YES to confirm you are 18 or older',
  'signup.joined':
    'You are signed up to **{program}** as a {role}. You are number {place} on the waiting list; you will be told in a private thread when you are paired.',

  'program.edited': 'Saved **{program}**: {changes}.',
  'program.info': '**{program}** · {template} · {status}',
  'program.infoSignups': 'Sign-ups',
  'program.infoSignupsOpen': 'open',
  'program.infoSignupsClosed': 'closed',
  'program.infoChannels': 'Channels',
  'program.infoChannelsValue': 'pairs in <#{pairs}>, reports to <#{reports}>',
  'program.infoModerators': 'Moderators',
  'program.infoModeratorsDefault': 'members with Moderate Members',
  'program.infoSchedule': 'Check-ins',
  'program.infoCapacity': 'Mentees per mentor',
  'program.infoPeople': 'People',
  'program.infoPeopleValue':
    '{mentors} {mentors, plural, one {mentor} other {mentors}}, {mentees} {mentees, plural, one {mentee} other {mentees}}, {waiting} waiting, {active} active {active, plural, one {pair} other {pairs}}',
  'program.infoCreated': 'Created by <@{user}> {when}',
  'program.closed':
    'Sign-ups for **{program}** are closed; pairings go on. I am telling the {waiting} waiting {waiting, plural, one {member} other {members}} by DM where they stand (those with closed DMs see it in `/mentorship profile`).',
  'program.waitingAfterClose':
    'Sign-ups for **{program}** in **{guild}** are now closed. You are still on the waiting list as a {role} (number {place}): an admin can still pair you, and you will hear from me if that happens.',
  'program.endConfirm':
    'End **{program}**? This ends {pairs, plural, one {{pairs} pairing, archives and locks its thread} other {{pairs} pairings, archives and locks their threads}} and stops check-ins. It cannot be undone.',
  'program.endConfirmButton': 'End the program',
  'program.cancelButton': 'Cancel',
  'program.endCancelled': 'Nothing was changed.',
  'program.ended':
    '**{program}** has ended: {pairs, plural, one {{pairs} pairing closed and its thread archived} other {{pairs} pairings closed and their threads archived}}.',
  'program.endedInThread':
    '**{program}** has ended. Thank you both for the time you gave each other; this thread is now archived.',

  'stats.title': '{program}: program health',
  'stats.signups': 'Sign-ups',
  'stats.signupsValue':
    '{mentors} {mentors, plural, one {mentor} other {mentors}}, {mentees} {mentees, plural, one {mentee} other {mentees}}',
  'stats.waiting': 'Waiting',
  'stats.waitingValue':
    '{mentors} {mentors, plural, one {mentor} other {mentors}}, {mentees} {mentees, plural, one {mentee} other {mentees}}',
  'stats.pairs': 'Pairs',
  'stats.pairsValue': '{active} active, {paused} paused, {ended} ended',
  'stats.answerRate': 'Check-in answer rate',
  'stats.answerRateLine': 'week {week}: {rate}% ({answers}/{expected})',
  'stats.noCheckins': 'no check-ins yet',
  'stats.attention': 'Pairs needing attention',
  'stats.attentionLine': '#{pairing} <@{mentor}> & <@{mentee}>: {why}',
  'stats.attentionSilent': 'no answer to the last two check-ins',
  'stats.attentionHelp': 'asked for help in week {week}',
  'stats.attentionStuck': 'stuck in week {week}',
  'stats.attentionPaused': 'paused ({reason})',
  'stats.none': 'none',
  'stats.openReports': 'Open reports',
  'stats.rating': 'Average end rating',
  'stats.ratingValue': '{rating} / 5 from {count} {count, plural, one {rating} other {ratings}}',
  'stats.noRatings': 'no ratings yet',
  'stats.chartTitle': 'Check-in answer rate by week',
  'stats.chartWeek': 'week',

  'signup.left': 'You left **{program}**.',
  'signup.leftPaired': 'You left **{program}**; your pairing has ended and your partner was told.',
  'profile.title': 'Your mentorship',
  'profile.line': '**{program}** · {role} · {status}',
  'profile.partner': 'partner: {partners}',
  'profile.paused': 'check-ins paused until {until}',
  'profile.next': 'next check-in {when}',
  'profile.place': 'number {place} on the waiting list',
  'profile.topics': 'topics: {topics}',
  'signupStatus.waiting': 'waiting',
  'signupStatus.paired': 'paired',
  'signupStatus.withdrawn': 'left',
  'signupStatus.removed': 'removed',
  'forget.confirm':
    'Erase everything this bot keeps about you in this server: sign-ups, profile, check-in answers and goals? Your pairings end and your partners are told that the pairing has ended. Reports about you stay with the moderators. This cannot be undone.',
  'forget.confirmButton': 'Erase my data',
  'forget.done':
    'Done: your sign-ups, answers and goals are erased and {pairs} {pairs, plural, one {pairing} other {pairings}} ended.',
  'partner.left': 'Your partner has left this pairing. The pairing has ended; {next}',
  'partner.leftMentee':
    'you are back on the waiting list of **{program}** and will be paired again when a mentor is free.',
  'partner.leftMentor': 'thank you for your time.',
} as const;

export type MessageKey = keyof typeof en;
