/** English texts of pauses, group mentoring, matching modes, the mentor directory, requests and availability. */
export const enGroupsRequests = {
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
} as const;

export type GroupRequestKey = keyof typeof enGroupsRequests;
