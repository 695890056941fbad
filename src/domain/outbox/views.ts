import type { Kysely } from 'kysely';
import type { DB, Role } from '../../db/schema.ts';
import type { Goal } from '../goals/goal.types.ts';
import type { Report } from '../reports/report.types.ts';
import type { Pairing } from '../pairings/pairing.types.ts';
import type { Program } from '../programs/program.types.ts';
import { findPairing } from '../pairings/pairing.repo.ts';
import type { OutgoingMessage } from '../port.ts';
import type { Notice } from './effect.ts';
import { findProgram } from '../programs/program.repo.ts';
import { countSignups } from '../signups/signup.repo.ts';
import { checkinToRender, reportToRender } from './views.repo.ts';
import { goalsOfPairing } from '../goals/goal.repo.ts';
import {
  loadGroupCheckin,
  loadGroupWelcome,
  type GroupCheckinData,
  type GroupWelcomeData,
} from '../groups/group-views.ts';
import { findRequest } from '../requests/request.repo.ts';
import type { MentorRequest } from '../requests/request.types.ts';
import { findSignup } from '../signups/signup.repo.ts';
import { completionsOfPairing } from '../completions/completion.repo.ts';
import type { Completion } from '../completions/completion.types.ts';
import type { Signup } from '../signups/signup.types.ts';
import { loadMeetingConfirmed, type MeetingConfirmedData } from '../meetings/meeting-confirmed.ts';

/** Messages rendered when they are sent, from what the database says then. */
export type ViewName =
  | 'checkin'
  | 'report-card'
  | 'signup-panel'
  | 'welcome'
  | 'group-welcome'
  | 'group-checkin'
  | 'mentor-request'
  | 'meeting-confirmed';

export type CheckinToRender = NonNullable<Awaited<ReturnType<typeof checkinToRender>>>;

/**
 * Where a view's message goes (and which message it edits, once there is one), with what it
 * shows. `dmUser`: the message is a DM to that user, whose channel is opened when it is sent.
 */
export type ViewData = { channelId: string; messageId: string | null; dmUser?: string } & (
  | {
      view: 'checkin';
      checkin: CheckinToRender;
      goals: Goal[];
      /** On the closing message: the members' completions, and their names as Discord shows them when it is sent. */
      completions?: Completion[];
      names?: Record<string, string>;
    }
  | { view: 'report-card'; report: Report; program: Program | undefined }
  | { view: 'signup-panel'; program: Program; counts: Record<Role, number> }
  | { view: 'welcome'; program: Program; pairing: Pairing }
  | GroupWelcomeData
  | GroupCheckinData
  | { view: 'mentor-request'; program: Program; request: MentorRequest; mentee: Signup | undefined }
  | MeetingConfirmedData
);

/** Turns a view's data into a message: provided by the Discord layer's views. */
export type RenderView = (data: ViewData | { notice: Notice }) => OutgoingMessage;

type Loader = (db: Kysely<DB>, id: number) => Promise<ViewData | null>;

const checkin: Loader = async (db, id) => {
  const row = await checkinToRender(db, id);
  if (!row?.threadId) return null;
  const goals = row.kind === 'prompt' ? await goalsOfPairing(db, row.pairingId) : [];
  const completions = row.kind === 'closing' ? await completionsOfPairing(db, row.pairingId) : [];
  return { view: 'checkin', channelId: row.threadId, messageId: row.messageId, checkin: row, goals, completions };
};

const card: Loader = async (db, id) => {
  const report = await reportToRender(db, id);
  if (!report) return null;
  const program = report.programId === null ? undefined : await findProgram(db, report.programId);
  return {
    view: 'report-card',
    channelId: report.queueChannelId,
    messageId: report.queueMessageId,
    report,
    program,
  };
};

const panel: Loader = async (db, id) => {
  const program = await findProgram(db, id);
  if (!program) return null;
  const counts = await countSignups(db, program.id);
  return {
    view: 'signup-panel',
    channelId: program.pairChannelId,
    messageId: program.panelMessageId,
    program,
    counts,
  };
};

const welcome: Loader = async (db, id) => {
  const pairing = await findPairing(db, id);
  const program = pairing && (await findProgram(db, pairing.programId));
  if (!pairing?.threadId || !program) return null;
  return { view: 'welcome', channelId: pairing.threadId, messageId: pairing.welcomeMessageId, program, pairing };
};

const mentorRequest: Loader = async (db, id) => {
  const request = await findRequest(db, id);
  const program = request && (await findProgram(db, request.programId));
  // A request closed before its DM went out is not sent at all.
  if (!request || !program || (request.status !== 'open' && !request.dmMessageId)) return null;
  const mentee = await findSignup(db, program.id, request.menteeId);
  return {
    view: 'mentor-request',
    channelId: '',
    dmUser: request.mentorId,
    messageId: request.dmMessageId,
    program,
    request,
    mentee,
  };
};

const loaders: Record<ViewName, Loader> = {
  checkin,
  'report-card': card,
  'signup-panel': panel,
  welcome,
  'group-welcome': loadGroupWelcome,
  'group-checkin': loadGroupCheckin,
  'mentor-request': mentorRequest,
  'meeting-confirmed': loadMeetingConfirmed,
};

/** What a view shows now, or null if its record is gone. */
export function loadView(db: Kysely<DB>, name: ViewName, id: number): Promise<ViewData | null> {
  return loaders[name](db, id);
}
