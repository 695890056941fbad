import { enErrors } from './en-errors.ts';

/**
 * English texts. Placeholders are {name}; values that come from users are escaped by callers.
 * A count picks its words with {name, plural, one {…} other {…}} (see parseMessage in index.ts).
 */
export const en = {
  ...enErrors,
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

  'match.title':
    '**Proposed pairs for {program}**: {count} {count, plural, one {pair} other {pairs}}, {points} {points, plural, one {point} other {points}} in all (page {page}/{pages})',
  'match.line': '{n}. <@{mentee}> with <@{mentor}> · {score} {score, plural, one {point} other {points}} · {reasons}',
  'match.reasonTopics': 'shared topics: {topics}',
  'match.reasonNoTopics': 'no shared topic',
  'match.reasonHours': '{hours} h apart',
  'match.reasonSameZone': 'same time zone',
  'match.reasonNoZone': 'time zone unknown',
  'match.reasonKeywords': 'goals meet experience: {words}',
  'match.reasonMetBefore': 'met in an earlier program',
  'match.none': 'Nothing to propose in **{program}**: no mentee is waiting.',
  'match.unmatchedTitle': '**Not matched**',
  'match.unmatched.no-capacity': 'no mentor has room left',
  'match.unmatched.no-compatible': 'no compatible mentor',
  'match.unmatched.capacity-taken': 'every compatible mentor went to a closer match',
  'match.acceptOne': 'Accept #{n}',
  'match.acceptAll': 'Accept all ({count})',
  'match.previous': 'Previous',
  'match.next': 'Next',
  'match.progress': '{done} / {total} {total, plural, one {pair} other {pairs}} created…',
  'match.accepted': '{done} / {total} {total, plural, one {pair} other {pairs}} created.',
  'match.acceptedPending':
    'Discord is slow: {pending} more {pending, plural, one {thread is} other {threads are}} still being set up, and I will finish {pending, plural, one {it} other {them}} on my own.',
  'outbox.gaveUp':
    '⚠️ Discord refused {count} of my actions for good; nothing will retry {count, plural, one {it} other {them}}:',
  'outbox.where.unknown': 'somewhere no longer known',
  'outbox.where.pairing': 'the thread of pairing #{pairing}',
  'outbox.kind.create-thread': 'making a private thread',
  'outbox.kind.add-member': 'adding a member to a thread',
  'outbox.kind.post': 'posting a message',
  'outbox.kind.edit': 'editing a message',
  'outbox.kind.thread-state': 'archiving or locking a thread',
  'outbox.kind.dm': 'sending a direct message',
  'match.skippedTitle': 'Skipped, because the cohort changed:',
  'match.skippedLine': '<@{mentee}> with <@{mentor}>: {why}',
  'match.listTitle': '**Pairs of {program}** (page {page}/{pages})',
  'match.listLine': '#{id} <@{mentor}> and <@{mentee}> · {status} · since {since}',
  'match.listEmpty': 'No pairs in **{program}** yet.',
  'match.ended': 'Ended the pairing of <@{member}> in **{program}**.',
  'pairingStatus.active': 'active',
  'pairingStatus.paused': 'paused',
  'pairingStatus.ended': 'ended',
  'end.done': 'Your pairing has ended. Thank you for taking part.',
  'end.doneBlocked': 'Your pairing has ended, and you will not be paired with this member again in this server.',
  'pause.done':
    'Check-ins are paused for {weeks} {weeks, plural, one {week} other {weeks}}: no prompt, reminder or silence flag until then. The next check-in comes <t:{next}:F>.',
  'pause.notice':
    '<@{member}> paused this pair’s check-ins for {weeks} {weeks, plural, one {week} other {weeks}}. They resume on their own: the next one comes <t:{next}:F>.',
  'pause.groupNotice':
    '<@{member}> paused this group’s check-ins for {weeks} {weeks, plural, one {week} other {weeks}}. They resume on their own: the next one comes <t:{next}:F>.',
  'pause.memberNotice':
    '<@{member}> is taking a break from check-ins for {weeks} {weeks, plural, one {week} other {weeks}}, until <t:{until}:D>. The group’s check-ins go on.',
  'pause.doneMember':
    'Your check-ins are paused for {weeks} {weeks, plural, one {week} other {weeks}}, until <t:{until}:F>: the group’s check-ins go on without you meanwhile, and nobody counts it as silence.',
  'partner.ended': 'Your partner has ended this pairing. {next}',
  'partner.gone': 'Your partner is no longer in the server, so this pairing has ended. {next}',
  'pair.threadDeleted':
    'The private thread of pairing #{pairing} ({program}) was deleted. The pairing is paused; `/match pair` with the same two members makes a new thread.',

  'goal.added': 'Added goal {id}: {text}',
  'goal.done': 'Goal {id} is done. Well done!',
  'goal.listTitle': '**Your goals**',
  'goal.listEmpty': 'No goals yet. Add one with `/goal add`.',
  'goal.checklistTitle': '**Your goals**',
  'goal.more': '… and {count} more (`/goal list`)',
  'checkin.addNote': 'Add a note',
  'checkin.noteTitle': 'Your note for week {week}',
  'checkin.noteLabel': 'A short note for your own record',
  'checkin.noteSaved': 'Your note for week {week} is saved.',
  'checkin.reminder':
    '<@{mentor}> <@{mentee}>: a gentle reminder about this week’s check-in. A click on a button above is all it takes.',
  'checkin.stalled': 'Pairing #{pairing} ({program}) has not answered the check-ins of weeks {weeks}.',
  'checkin.closing':
    '<@{mentor}> <@{mentee}>: that was the last week of **{program}**. How did it go? Rate it below (admins only see averages). You can keep talking here informally, or end the pairing.',
  'checkin.rate': '{stars} ★',
  'checkin.continue': 'Keep going informally',
  'checkin.end': 'End the pairing',
  'checkin.rated': 'Thanks for rating this pairing {rating} / 5.',
  'checkin.continued': 'Great: your thread stays open for you both, without check-ins.',

  'report.pairingPaused': 'This pairing is paused for now. The moderators will be in touch.',
  'report.pairingResumed': 'This pairing is active again. Welcome back, both of you.',
  'report.outcomeDismissed': 'closed without further action',
  'report.outcomeDm':
    'Your report #{id} ({program}) was reviewed by the moderators: {outcome}. Thank you for speaking up.',
  'report.reannounce': 'Report #{id} has waited 24 hours without a moderator. Could someone take it?',
  'report.queueBroken':
    '⚠️ I could not post {count, plural, one {report} other {reports}} {ids} to <#{channel}>: check that the channel exists and that I can post there. `/reports list` shows {count, plural, one {it} other {them}} meanwhile.',
  'report.firstClaim': 'Claimed after',
  'report.view': '**Report #{id}** · {status} · filed {created}',
  'report.viewPairing': 'Pairing #{id}: <@{mentor}> and <@{mentee}> ({status}){thread}',
  'report.viewPrior': 'Earlier reports about this member',
  'report.viewPriorLine': '#{id} · {status} · {outcome} · {created}',
  'report.viewAudit': 'Audit trail',
  'report.viewAuditLine': '{when} <@{actor}> {action}',
  'report.contextMenu': 'Report to moderators',
  'report.modalTitle': 'Report this message',
  'report.modalReason': 'What is wrong with it?',
  'profile.outcomes': 'Your reports',
  'profile.outcomeLine': 'Report #{id}: {outcome}',

  'pair.created': 'Paired <@{mentor}> (mentor) with <@{mentee}> (mentee) in <#{thread}>.',
  'pair.pending':
    'Paired <@{mentor}> (mentor) with <@{mentee}> (mentee). Discord was slow to set up their private thread; I will finish it within a minute.',
  'pair.threadName': '{program} · mentorship #{id}',
  'pair.welcome':
    '👋 Welcome <@{mentor}> (mentor) and <@{mentee}> (mentee)! This is your private space for **{program}**.\n\n**The plan:** {schedule}. Your first check-in comes {first}.\n\n**Week 1: {topic}**\n{prompts}\n\n**Who can see this thread:** the two of you, and server staff with the Manage Threads permission. The bot does not read or keep what you write here.\n\nAnswer check-ins with the buttons or `/checkin status`. If anything feels wrong, `/report` reaches the moderators privately.',

  'checkin.prompt':
    '<@{mentor}> <@{mentee}>: **week {week} check-in · {topic}**\n{prompts}\n\nHow is it going? Each of you can answer with a button below, or with `/checkin status`.',
  'checkin.onTrack': 'On track',
  'checkin.needHelp': 'Need help',
  'checkin.stuck': 'Stuck',
  'checkin.recorded':
    'Thanks! Your week {week} check-in is recorded as **{status}**. You can change it until the next check-in.',
  'checkin.threadUnavailable':
    'I could not post the week {week} check-in of pairing #{pairing} ({program}): the thread is gone or closed to me. The pairing is paused until someone looks at it.',

  'report.ack': 'Thank you. Your report is **#{id}**; only the moderators can see it.',
  'report.title': 'Report #{id}',
  'report.status': 'Status',
  'report.reporter': 'Reporter',
  'report.reported': 'Reported member',
  'report.program': 'Program',
  'report.pairing': 'Pairing',
  'report.message': 'Message',
  'report.reason': 'Reason',
  'report.assignee': 'Claimed by',
  'report.outcome': 'Outcome',
  'report.note': 'Moderator note',
  'report.none': 'none',
  'report.statusOpen': 'Open',
  'report.statusClaimed': 'Claimed',
  'report.statusResolved': 'Resolved',
  'report.statusDismissed': 'Dismissed',
  'report.claim': 'Claim',
  'report.resolve': 'Resolve',
  'report.dismiss': 'Dismiss',
  'report.outcome.no-action': 'No action',
  'report.outcome.warned': 'Member warned',
  'report.outcome.pair-ended': 'Pairing ended',
  'report.outcome.member-removed': 'Member removed',
  'report.chooseOutcome': 'Choose the outcome of report #{id}:',
  'report.claimed': 'You claimed report #{id}.',
  'report.resolved': 'Report #{id} is resolved: {outcome}.',
  'report.dismissed': 'Report #{id} is dismissed.',
  'report.listEmpty': 'No reports match.',
  'report.listLine': '**#{id}** · {status} · {created} · {reason}',
  'pair.ended': 'This pairing has ended. Thank you both for the time you gave each other.',
  // Group mentoring (issue 12)
  'outbox.kind.remove-member': 'taking a member out of a thread',
  'outbox.where.group': 'the thread of group #{group}',
  'program.infoFormat': 'Format',
  'format.one-to-one': 'one-to-one',
  'format.group': 'group',
  'group.threadName': '{program} · group #{id}',
  'group.welcome':
    '👋 Welcome {mentees} (mentees), with <@{mentor}> (mentor)! This is your group’s private space for **{program}**.\n\n**The plan:** {schedule}. Your first check-in comes {first}.\n\n**Week 1: {topic}**\n{prompts}\n\n**Who can see this thread:** the members of the group, and server staff with the Manage Threads permission. The bot does not read or keep what you write here.\n\nEach of you answers the check-ins for yourself, with the buttons or `/checkin status`: the thread only shows how many answered, and only your mentor sees your answer and note. If anything feels wrong, `/report` reaches the moderators privately.',
  'group.joined':
    '👋 Welcome <@{mentee}>! You join the group of <@{mentor}> (mentor) in this thread. Each of you answers the weekly check-in for yourself; only the mentor sees your answer and note.',
  'group.prompt':
    '{members}: **week {week} check-in · {topic}**\n{prompts}\n\nHow is it going? Each of you answers for yourself with a button below, or with `/checkin status`. Only your mentor sees your answer and note.',
  'group.answered': '**{count} of {total}** answered so far.',
  'group.closing':
    '{members}: that was the last week of **{program}**. How did it go? Each of you can rate it below (admins only see averages). You can keep talking here informally, or end your place in the group.',
  'group.reminder':
    '{members}: a gentle reminder about this week’s check-in. A click on a button above is all it takes.',
  'group.memberLeft': 'A member has left the group. The group goes on.',
  'group.ended': 'This group has ended. Thank you all for the time you gave each other.',
  'group.summaryTitle': '**Week {week} check-in** · what each member answered (only you see this):',
  'group.summaryLine': '• <@{user}>: {status}',
  'group.summaryNote': '   note: {note}',
  'match.listGroup': ' · group #{group}',
  'group.threadDeleted':
    'The thread of group #{group} ({program}) was deleted. Its memberships are paused; end them with `/match end` so its members can be paired again.',
  'group.summaryNone': 'no answer yet',
  // Issue 12: matching mode, mentor directory, requests, availability.
  'matching.admin': 'admins make the pairs',
  'matching.request': 'mentees ask mentors',
  'matching.both': 'admins, and mentees asking mentors',
  'program.infoMatching': 'Matching',
  'program.infoMatchingValue': '{mode}; requests answered within {days} {days, plural, one {day} other {days}}',
  'directory.title': 'Mentors of **{program}** who have room: {count}',
  'directory.titleTopic': 'Mentors of **{program}** for “{topic}” who have room: {count}',
  'directory.empty': 'No mentor has room right now. Look again later, or without a topic.',
  'directory.entry': '**{n}.** <@{user}> · {topics} · {zone}',
  'directory.noZone': 'time zone not set',
  'directory.noTopics': 'no topics given',
  'directory.page': 'Page {page} of {pages}',
  'directory.prev': 'Previous',
  'directory.next': 'Next',
  'directory.requestButton': 'Request {n}',
  'request.acceptButton': 'Accept',
  'request.declineButton': 'Decline',
  'request.withdrawButton': 'Withdraw',
  'request.dm': '<@{user}> would like you as their mentor in **{program}**. Please answer by {deadline}.',
  'request.topics': 'Topics: {topics}',
  'request.goals': 'Goals: {goals}',
  'request.dmForgotten': 'This mentoring request is closed, and the member’s details were removed at their request.',
  'request.closed.open': 'This request is open.',
  'request.closed.accepted': 'You accepted this request.',
  'request.closed.declined': 'This request is closed.',
  'request.closed.declinedByYou': 'You declined this request.',
  'request.closed.expired': 'This request expired without an answer.',
  'request.closed.withdrawn': 'This request was withdrawn.',
  'request.incomingTitle': 'Requests to you',
  'request.outgoingTitle': 'Your requests',
  'request.incomingLine': '**{n}.** <@{user}> · **{program}** · answer {deadline}',
  'request.outgoingLine': '**{n}.** <@{user}> · **{program}** · expires {deadline}',
  'request.none': 'None.',
  'request.moreIncoming':
    '…and {count} more {count, plural, one {request} other {requests}}: answer from the DM, or here once these are answered.',
  'request.moreOutgoing': '…and {count} more: the buttons for them show here once these are settled.',
  'request.answerLabel': '{label} {n}',
  'request.sent':
    'Your request went to <@{user}> (**{program}**). They have until {deadline} to answer; you will hear either way.',
  'request.declinedMentor':
    'You declined the request of <@{user}>. They are told only that you are not available this time.',
  'request.acceptedThread': 'You accepted <@{user}>. Your private thread: <#{thread}>.',
  'request.acceptedPending': 'You accepted <@{user}>. Your private thread will be ready in a moment.',
  'request.withdrawn': 'You withdrew your request to <@{user}>.',
  'request.declinedMentee':
    'Your request to <@{user}> in **{program}** was not accepted: they are not available this time. You can ask another mentor with `/mentorship mentors`.',
  'request.requestsOffMentee':
    'Your request to <@{user}> in **{program}** is closed: **{program}** no longer takes requests.',
  'request.expiredMentee':
    'Your request to <@{user}> in **{program}** expired without an answer. You can ask another mentor with `/mentorship mentors`.',
  'request.withdrawnMentor': 'The request of <@{user}> in **{program}** was withdrawn: nothing more to do.',
  'availability.open': 'You take requests in **{program}** again.',
  'availability.full':
    'You are marked full in **{program}**: you are hidden from the directory and from suggestions, and your open requests were declined.',
  'availability.away':
    'You are away in **{program}** until you say otherwise: hidden from the directory and from suggestions, open requests declined.',
  'availability.awayUntil':
    'You are away in **{program}** until {until}, then open again on your own. Until then you are hidden, and your open requests were declined.',
  'profile.requests': 'Requests',
  'profile.requestIn': 'From <@{user}> in **{program}**: answer {deadline} (`/mentorship requests`)',
  'profile.requestOut': 'To <@{user}> in **{program}**: expires {deadline}',
  'profile.requestExpired': 'Your request to <@{user}> in **{program}** expired without an answer.',
  'profile.requestRequestsOff':
    'Your request to <@{user}> in **{program}** is closed: **{program}** no longer takes requests.',
  'profile.requestDeclined':
    'Your request to <@{user}> in **{program}** was not accepted: they are not available this time.',
  'stats.requests': 'Requests',
  'stats.requestsValue':
    'open {open} · accepted {accepted} · declined {declined} · expired {expired} · withdrawn {withdrawn} · median answer {median}',
  'stats.requestsNoAnswer': 'none yet',
  'stats.minutes': '{n} min',
  'stats.hours': '{n} h',
  'stats.days': '{n} {n, plural, one {day} other {days}}',
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
} as const;

export type MessageKey = keyof typeof en;
