/** English texts of outcomes: exports, meetings and settings, pulse surveys, retention and completion. */
export const enOutcomes = {
  // Issue 13: /program export.
  'export.done':
    'Data of **{program}**, for you only: {files}. Check-in notes, written feedback and report text are never included.',
  'export.more': 'More data of **{program}** ({part}/{parts}).',
  // Issue 13: meeting times and member settings.
  'meet.proposed':
    '<@{partner}>, <@{proposer}> proposes these times to meet for an hour (each of you sees them in your own time zone). Pick one:',
  'meet.slot': '**{n}.** <t:{at}:F> (<t:{at}:R>)',
  'meet.zoneAssumed': '<@{user}> has set no time zone, so UTC was assumed (`/mentorship settings`).',
  'meet.pick': 'Time {n}',
  'meet.withdraw': 'Withdraw',
  'meet.pickedHeader': '<@{proposer}> proposed times to meet; <@{picker}> picked <t:{at}:F>.',
  'meet.withdrawnHeader': '<@{proposer}> withdrew these proposed times.',
  'meet.confirmed':
    '<@{proposer}>, <@{picker}> picked <t:{at}:F> (<t:{at}:R>) for one hour. The attached calendar file adds it to your calendar; a reminder comes here an hour before.',
  'meet.reminder': 'Your meeting starts <t:{at}:R> (<t:{at}:F>).',
  'meet.summary': 'Mentorship meeting · {program}',
  'meet.description': 'Meeting of a mentorship pair in {program}, agreed in Discord.',
  'settings.saved': 'Your settings in **{program}**: time zone {zone}; available hours {hours}.',
  'settings.noZone': 'not set (UTC is used)',
  'settings.defaultHours': 'not set (waking hours {hours} are used)',
  // Issue 13: pulse surveys.
  'program.infoPulse': 'Pulse survey',
  'program.infoPulseWeek': 'week {week}',
  'program.infoPulseOff': 'off',
  'program.infoRetention': 'Retention',
  'program.infoRetentionDays':
    'Check-in notes, pulse comments, feedback and goals are erased {days} {days, plural, one {day} other {days}} after a pairing ends; counts and ratings are kept.',
  'program.infoRetentionKept': 'Check-in notes, pulse comments, feedback and goals are kept indefinitely.',
  'program.infoRetentionThreads':
    'Messages in a pair’s Discord thread (the members’ and the bot’s, which may quote goals) stay in Discord until the thread is deleted.',
  'pulse.button': 'How is this going?',
  'pulse.title': 'How is this going?',
  'pulse.titleClosing': 'How did this pairing go?',
  'pulse.scoreLabel': 'Your score: 1 (poorly) to 5 (very well)',
  'pulse.commentLabel': 'A comment for the organisers (optional)',
  'pulse.nameLabel': 'May organisers see your name? (yes / no)',
  'pulse.namePlaceholder': 'no: your comment stays anonymous',
  'pulse.saved':
    'Thanks: your answer ({score} / 5) is recorded. Only the organisers see it, never your partner. You may answer again to change it.',
  'stats.pulse': 'Pulse surveys',
  'stats.pulseValue': '1★ {s1} · 2★ {s2} · 3★ {s3} · 4★ {s4} · 5★ {s5} · answered {answered} / {asked}',
  'stats.pulseTrend': 'Trend: {weeks}',
  'stats.pulseWeek': 'week {week}: {mean}',
  'stats.pulseEnd': 'end: {mean}',
  'stats.pulseNone': 'no answers yet',
  'stats.pulseComments': 'Pulse comments',
  'stats.pulseCommentNamed': '“{comment}” (<@{user}>)',
  'stats.pulseCommentAnonymous': '“{comment}”',
  'stats.pulseMoreComments': '…and {count} more',
  'stats.attentionPulse': 'low pulse score',
  'stats.attentionGroupPulse': 'Group #{group} (mentor <@{mentor}>): low pulse score from its mentor',
  'pulse.lowNoticeGroup':
    'Group #{group} ({program}) needs attention: its mentor gave a low pulse score. See `/program stats`; the mentees were not told.',
  'pulse.lowNotice':
    'Pairing #{pairing} ({program}) needs attention: low pulse score. See `/program stats`; the partner was not told.',
  // Recognition (issue 13)
  'program.infoCompletionRole': 'Completion role',
  'program.infoCompletionRoleNone': 'none',
  'outbox.kind.add-role': 'give a completion role',
  'completion.congrats': '🎉 Congratulations, all of you: you finished **{program}**! Your certificates are attached.',
  'completion.roleRefused':
    'I could not give <@&{role}> to members who finished **{program}**: Discord refused ({why}). Check that I have Manage Roles and that the role is below mine.',
  'certificate.title': 'Certificate of completion',
  'certificate.body': 'completed the mentorship program',
  'certificate.line': '{role} · {weeks} {weeks, plural, one {week} other {weeks}} · {date}',
  'certificate.role.mentor': 'Mentor',
  'certificate.role.mentee': 'Mentee',
  'profile.completed': 'Completed programs',
  'profile.completedLine': '**{program}** · {role} · {weeks} {weeks, plural, one {week} other {weeks}} · {date}',
} as const;

export type OutcomeKey = keyof typeof enOutcomes;
