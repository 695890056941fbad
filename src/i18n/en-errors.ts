/** English refusals: what a member reads when the bot says no, and why. */
export const enErrors = {
  'error.notAdmin': 'You need the **Manage Server** permission to do this.',
  'error.notModerator': 'Only the moderators of this program can do this.',
  'error.unknownProgram': 'There is no program with that name in this server. Try `/program list`.',
  'error.programExists': 'A program named **{program}** already exists in this server.',
  'error.programNameLength': 'A program name must be 1 to 60 characters long.',
  'error.programNameChars': 'A program name cannot contain line breaks, markdown or mention characters.',
  'error.badTimezone': 'That is not a time zone I know. Use an IANA name such as `Europe/Paris` or `America/New_York`.',
  'error.badDay': 'The check-in day must be a day of the week.',
  'error.badHour': 'The check-in hour must be between 0 and 23.',
  'error.badWeeks': 'A program lasts from 1 to 52 weeks.',
  'error.badCapacity': 'A mentor can take from 1 to 25 mentees.',
  'error.badEveryWeeks': 'Check-ins happen every 1 to 4 weeks.',
  'error.badInput': 'Some of that input is not valid.',
  'error.wrongChannelType': '{channel} must be a text channel.',
  'error.cannotPostInChannel':
    'I cannot post in <#{channel}>. Check that I can view it, send messages and create private threads there.',
  'error.programEnded': '**{program}** has ended.',
  'error.alreadyOpen': 'Sign-ups for **{program}** are already open.',
  'error.signupsClosed': 'Sign-ups for **{program}** are closed.',
  'error.notAdult': 'Mentorship programs are for adults: you must confirm that you are 18 or older (`adult: True`).',
  'error.topicLength': 'Each topic can be at most 40 characters long.',
  'error.tooManyTopics': 'You can list at most 10 topics.',
  'error.goalsLength': 'Goals or experience can be at most 1,000 characters long.',
  'error.alreadySignedUp': 'You are already signed up to **{program}** as a {role}.',
  'error.removedFromProgram': 'You were removed from **{program}** and cannot sign up again.',
  'error.selfPair': 'A member cannot mentor themselves.',
  'error.notSignedUpAs': '<@{user}> is not signed up to **{program}** as a {role}.',
  'error.menteeAlreadyPaired': '<@{user}> already has a mentor in **{program}**.',
  'error.mentorFull': '<@{user}> already mentors as many members as **{program}** allows ({capacity}).',
  'error.blocked': 'These two members cannot be paired.',
  'error.pairedBefore': 'These two members were already paired in **{program}**.',
  'error.cannotCreateThread':
    'I could not create the private thread in <#{channel}>. Check that I can create private threads there; nothing was changed.',
  'error.notInPairThread': 'Use this command inside your mentorship thread.',
  'error.notYourPair': 'Only the two members of this pair can do that.',
  'error.noCheckinYet': 'There is no check-in to answer yet in this thread.',
  'error.pairingNotActive': 'This pairing is not active.',
  'error.pauseWeeks': 'A pause lasts from 1 to {max} weeks.',
  'error.noCheckinsToPause': 'This pairing has no check-ins left to pause.',
  'error.noteLength': 'A note can be at most 500 characters long.',
  'error.reasonLength': 'A reason must be 1 to 1,000 characters long.',
  'error.badMessageLink': 'That is not a Discord message link. Right-click a message and choose **Copy Message Link**.',
  'error.linkOutsideServer': 'That message is not in this server.',
  'error.tooManyReports':
    'You already have 5 open reports. Moderators will get to them; you can report again once one is closed.',
  'error.noReportChannel': 'This server has no mentorship program to send reports to yet.',
  'error.unknownReport': 'There is no report #{id} in this server.',
  'error.reportClaimed': 'Report #{id} is already claimed by <@{user}>.',
  'error.reportClosed': 'Report #{id} is already closed.',
  'error.onBreak':
    'You are on a break from check-ins until <t:{until}:D>: the group’s check-ins go on without you meanwhile.',
  'error.staleButton': 'This button is no longer valid.',
  'error.closingFormClosed':
    'This closing form is closed: it takes answers for {days} {days, plural, one {day} other {days}} after a pairing ends.',
  'error.notAllowedHere': 'Mentorship commands work inside a server.',
  'error.nothingToEdit': 'Give at least one setting to change.',
  'error.signupsAlreadyClosed': 'Sign-ups for **{program}** are already closed.',
  'error.notSignedUp': 'You are not signed up to **{program}**.',
  'error.notOnList': 'You have no mentorship sign-ups in this server.',
  'error.notYourButton': 'This button belongs to someone else.',
  'error.noActivePairing': '<@{user}> has no active pairing in **{program}**.',
  'error.feedbackLength': 'Feedback can be at most 1,000 characters long.',
  'error.memberLeft': '<@{user}> is no longer in the server; their sign-ups have ended.',
  'error.goalLength': 'A goal is 1 to 200 characters long.',
  'error.tooManyGoals':
    'You already have {max} open {max, plural, one {goal} other {goals}}. Mark one done first with `/goal done`.',
  'error.unknownGoal': 'There is no goal {id} in this thread. See `/goal list`.',
  'error.goalAlreadyDone': 'Goal {id} is already done.',
  'error.answerFirst': 'Pick how it is going with a button first, then add your note.',
  'error.pauseOutsideThread': '`pause` works inside your own active mentorship thread.',
  'error.invisibleText': 'Some of what you typed is made only of invisible characters. Write it out in plain text.',
  'error.reportSelf': 'You cannot report yourself. Leave `member` out, or name the member concerned.',
  'error.reportBot': 'Bots cannot be reported, me included. Leave `member` out, or name the member concerned.',
  'error.reportOwnMessage':
    'You cannot report your own message. To tell the moderators about something else, use `/report`.',
  'error.reportBotMessage':
    'Messages from bots, mine included, cannot be reported. To tell the moderators about something else, use `/report`.',
  'error.reportedMessageGone':
    'I cannot find that message in this channel; it may have been deleted. Nothing was reported.',
  'error.unexpected':
    'Something went wrong on my side. Please try again; if it keeps happening, tell the server staff (reference `{ref}`).',
  'error.busy': 'The bot is busy; try again in a moment.',
  'error.conflict': 'Someone changed this at the same moment. Look again, then try once more.',
  // Group mentoring (issue 12)
  'error.groupEmpty':
    'Your group has no mentee at the moment. It stays open for new mentees; an admin can end it with `/match end`.',
  'error.groupMentorBlock':
    'Ending the group ends it for every member, so it cannot block one of them. To keep away from one member, use `/report`, or ask an admin to end that member’s place in the group.',
  'error.summaryMentorOnly': 'Only the group’s mentor can see the check-in summary.',
  'error.summaryGroupOnly': 'The check-in summary is for group threads: use it inside your group’s thread.',
  'error.formatLocked': 'The format of **{program}** cannot change once it has pairings.',
  // Issue 12: requests and availability.
  'error.badRequestDays': 'Request days must be a whole number from 1 to 14.',
  'error.requestsOff':
    'Members cannot ask mentors in **{program}**: its matching mode is `{mode}` (admins make the pairs). An admin can change it with `/program edit matching`.',
  'error.suggestOff':
    '**{program}** pairs members through their requests (matching mode `request`), so `/match suggest` is off. You can still pair two members with `/match pair`, or set matching to `both`.',
  'error.notWaitingMentee': 'Only mentees of **{program}** who are waiting for a mentor can do this.',
  'error.selfRequest': 'You cannot ask yourself.',
  'error.mentorUnavailable': '<@{user}> is not available for requests right now.',
  'error.alreadyRequested': 'You already have an open request to <@{user}>.',
  'error.tooManyRequests':
    'You already have {max} open requests. Wait for an answer, or withdraw one in `/mentorship requests`.',
  'error.requestClosed': 'This request is no longer open.',
  'error.markedFull':
    'You marked yourself full in this program, which declined this request. To take requests again: `/mentorship availability` open.',
  'error.noRoomLeft': 'You have no room left for another mentee in this program.',
  'error.notMentorOf': 'Only mentors of **{program}** can set their availability there.',
  'error.badAwayDate': 'Give the return date as YYYY-MM-DD: a day in the future, at most a year ahead.',
  'error.untilOnlyAway': 'A return date goes only with the status `away`.',
  // Issue 13: meeting times and member settings.
  'error.badAvailableHours':
    'Give your available hours as two whole hours of your own clock, start-end, such as `18-22` (0 to 24; `22-2` goes past midnight).',
  'error.meetInGroup': '`/meet` works in a one-to-one pair thread. In a group, agree on a time together in the thread.',
  'error.meetNoOverlap':
    'No common time in the next 7 days: your hours are {myHours} ({myZone}) and <@{user}>’s are {theirHours} ({theirZone}). Either of you can change them with `/mentorship settings`.',
  'error.meetOwnProposal': 'You proposed these times: your partner picks one. You can withdraw them.',
  'error.meetNotProposer': 'Only <@{user}>, who proposed these times, can withdraw them.',
  'error.meetPicked': 'A time was already picked for these proposals.',
  'error.meetWithdrawn': 'These times were withdrawn. Use `/meet` for new ones.',
  'error.meetProposalOpen': 'A proposal of times is already open in this thread: pick from it or withdraw it.',
  'error.meetAlreadyBooked': 'You already meet on <t:{time}:F>. Propose new times after that meeting.',
  'error.meetPast': 'This time has passed. Use `/meet` for new times.',
  'error.nothingToSet': 'Give a time zone, available hours, or both.',
  // Issue 13: pulse surveys.
  'error.badPulseWeek': 'The pulse week is a number from 0 (no pulse survey) to 52.',
  'error.pulseWeekAfterEnd':
    'The pulse week ({week}) is after the program’s last week ({weeks}). Pick a week from 1 to {weeks}, or 0 for no pulse survey.',
  'error.pulseScore': 'Give your score as one number from 1 (poorly) to 5 (very well).',
  'error.pulseName': 'Answer `yes` or `no` to showing your name (leave it empty for no).',
  'error.pulseLength': 'Keep your comment to 1000 characters or fewer.',
  // Recognition (issue 13)
  'error.completionRole.unknown':
    'I cannot give <@&{role}> as the completion role: this role does not exist in this server.',
  'error.completionRole.everyone':
    'I cannot give <@&{role}> as the completion role: @everyone is not a role members can be given.',
  'error.completionRole.managed':
    'I cannot give <@&{role}> as the completion role: this role is managed by an integration (a bot or a subscription).',
  'error.completionRole.dangerous':
    'I will not give <@&{role}> as the completion role: it carries staff powers (such as Administrator, Manage Server, Manage Roles, Kick, Ban or Timeout), and anyone who finishes the program would get them. Choose a role without them.',
  'error.completionRole.setter':
    'Only an admin who may give roles (Manage Roles) can choose the role the bot gives for finishing a program.',
  'error.completionRole.no-permission':
    'I cannot give <@&{role}> as the completion role: I need the Manage Roles permission.',
  'error.completionRole.above-bot':
    'I cannot give <@&{role}> as the completion role: this role is not below my highest role; move my role above it in Server Settings → Roles.',
} as const;

export type ErrorKey = keyof typeof enErrors;
