import { checkinSubject } from '../checkins/checkin-post.ts';
import { groupCheckinSubject } from '../groups/group-checkin-record.ts';
import { groupThreadSubjects } from '../groups/group-thread.ts';
import { pairThreadSubjects } from '../pairings/pair-thread.ts';
import { signupPanelSubject } from '../programs/signup-panel.ts';
import { reportOutcomeSubject } from '../reports/report-moderation.ts';
import { reportCardSubject } from '../reports/report-queue.ts';
import { requestSubjects } from '../requests/request-effects.ts';
import { completionSubject } from '../completions/completion-record.ts';
import type { SubjectHandler } from './subject.ts';

/** Every record an effect completes, by the name in its `subject`: the one list. */
export const subjects: Record<string, SubjectHandler> = {
  ...pairThreadSubjects,
  ...groupThreadSubjects,
  'group-checkin': groupCheckinSubject,
  ...requestSubjects,
  checkin: checkinSubject,
  'report-card': reportCardSubject,
  'report-outcome': reportOutcomeSubject,
  'signup-panel': signupPanelSubject,
  completion: completionSubject,
};
