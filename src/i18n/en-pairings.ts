/** English texts of pairs: proposals and matches, the outbox, endings, goals, check-ins and pair threads. */
export const enPairings = {
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
  'checkin.continue': 'Keep going informally',
  'checkin.end': 'End the pairing',
  'checkin.continued': 'Great: your thread stays open for you both, without check-ins.',

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
  'pair.ended': 'This pairing has ended. Thank you both for the time you gave each other.',
} as const;

export type PairingKey = keyof typeof enPairings;
